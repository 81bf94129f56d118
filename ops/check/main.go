// Strictly decodes rendered manifests into the Kubernetes API types: an unknown or misplaced field fails.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	netv1 "k8s.io/api/networking/v1"
	"sigs.k8s.io/yaml"
)

func main() {
	data, _ := os.ReadFile(os.Args[1])
	failed := false
	for _, doc := range bytes.Split(data, []byte("\n---")) {
		if len(strings.TrimSpace(string(doc))) == 0 {
			continue
		}
		var head struct{ Kind string }
		yaml.Unmarshal(doc, &head)
		var target interface{}
		switch head.Kind {
		case "Deployment":
			target = &appsv1.Deployment{}
		case "Service":
			target = &corev1.Service{}
		case "PersistentVolumeClaim":
			target = &corev1.PersistentVolumeClaim{}
		case "NetworkPolicy":
			target = &netv1.NetworkPolicy{}
		default:
			fmt.Println("unknown kind", head.Kind)
			failed = true
			continue
		}
		if err := yaml.UnmarshalStrict(doc, target); err != nil {
			fmt.Println(head.Kind, "FAIL", err)
			failed = true
		} else {
			fmt.Println(head.Kind, "ok")
		}
	}
	if failed {
		os.Exit(1)
	}
}
