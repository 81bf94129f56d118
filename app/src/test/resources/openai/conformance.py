"""Drives a running Guichet with the official OpenAI Python client, as an integrator would, and checks
each behaviour of the OpenAI API that Guichet promises (ADR 41). Prints one JSON object; exit code 0 only
when every check passed.

usage: conformance.py BASE_URL KEY LIMITED_KEY CHAT_MODEL EMBEDDING_MODEL [round-trip]

"round-trip" runs only the function-calling round trip that a model of 1.5B parameters or more is
expected to make (the test model, 135M, calls the tool again instead of answering from its result).
"""
import json
import sys
import traceback

import urllib.error
import urllib.request

import openai
from openai import OpenAI

base_url, key, limited_key, chat_model, embedding_model = sys.argv[1:6]
client = OpenAI(base_url=base_url, api_key=key, max_retries=0, timeout=180)
HELLO = [{"role": "user", "content": "Say hello."}]
PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 24},
        "age": {"type": "integer", "minimum": 0, "maximum": 120},
    },
    "required": ["name", "age"],
    "additionalProperties": False,
}
NEXT_PAYMENT = {
    "type": "function",
    "function": {
        "name": "next_payment_date",
        "description": "The date of the next benefit payment.",
        "parameters": {
            "type": "object",
            "properties": {"benefit": {"type": "string", "enum": ["jsa", "esa", "universal_credit"]}},
            "required": ["benefit"],
            "additionalProperties": False,
        },
    },
}
checks = []


def check(name):
    def register(function):
        checks.append((name, function))
        return function
    return register


def expect(condition, why):
    if not condition:
        raise AssertionError(why)


def raises(error_type, call):
    try:
        call()
    except error_type as error:
        return error
    raise AssertionError("expected " + error_type.__name__)


@check("models are listed: the assistant, the chat model, the embedding model")
def models_listed():
    ids = [model.id for model in client.models.list().data]
    expect({"guichet", chat_model, embedding_model} <= set(ids), ids)


@check("the assistant answers with its sources and usage")
def grounded():
    completion = client.chat.completions.create(model="guichet", messages=[
        {"role": "user", "content": "I'm 19, what is the minimum wage for me from April 2025?"}])
    expect(completion.choices[0].message.content, "no answer")
    grounding = completion.model_extra["guichet"]
    expect(grounding["status"] == "answered" and grounding["sources"], grounding)
    usage = completion.usage
    expect(usage.total_tokens == usage.prompt_tokens + usage.completion_tokens, usage)


@check("a chat model's id is the model raw, with usage under max_completion_tokens")
def raw_by_id():
    completion = client.chat.completions.create(model=chat_model, messages=HELLO, max_completion_tokens=8)
    expect(completion.model_extra["guichet"]["status"] == "ungrounded", completion.model_extra)
    expect(1 <= completion.usage.completion_tokens <= 8 and completion.usage.prompt_tokens > 0, completion.usage)


@check("response_format json_object gives a JSON object")
def json_object():
    completion = client.chat.completions.create(model=chat_model, max_completion_tokens=200, temperature=0,
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": "Give the capital of France as JSON with the key capital."}])
    expect(isinstance(json.loads(completion.choices[0].message.content), dict), completion.choices[0].message.content)


@check("response_format json_schema strict gives JSON that matches the schema")
def json_schema():
    completion = client.chat.completions.create(model=chat_model, max_completion_tokens=160, temperature=0.7, seed=3,
        response_format={"type": "json_schema", "json_schema": {"name": "person", "strict": True, "schema": PERSON}},
        messages=[{"role": "user", "content": "Tom is 58 and out of work."}])
    person = json.loads(completion.choices[0].message.content)
    expect(set(person) == {"name", "age"} and isinstance(person["age"], int)
           and isinstance(person["name"], str) and len(person["name"]) <= 24, person)


@check("tools with tool_choice required give a call of a declared function")
def tools_required():
    completion = client.chat.completions.create(model=chat_model, max_completion_tokens=200, temperature=0,
        tools=[NEXT_PAYMENT], tool_choice="required",
        messages=[{"role": "user", "content": "When is my next Universal Credit payment?"}])
    choice = completion.choices[0]
    expect(choice.finish_reason == "tool_calls" and choice.message.tool_calls, choice)
    call = choice.message.tool_calls[0]
    expect(call.function.name == "next_payment_date", call)
    expect(json.loads(call.function.arguments)["benefit"] in ("jsa", "esa", "universal_credit"), call)


@check("a tool result message is taken back")
def tool_result():
    completion = client.chat.completions.create(model=chat_model, max_completion_tokens=30, temperature=0,
        tools=[NEXT_PAYMENT], tool_choice="none", messages=[
            {"role": "user", "content": "When is my next JSA payment?"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                "function": {"name": "next_payment_date", "arguments": "{\"benefit\": \"jsa\"}"}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": "{\"date\": \"2026-12-14\"}"}])
    expect(completion.choices[0].message.content, completion)


@check("a stream with include_usage ends with the usage")
def stream_usage():
    chunks = list(client.chat.completions.create(model=chat_model, messages=HELLO, max_completion_tokens=8,
        stream=True, stream_options={"include_usage": True}))
    expect(chunks[-1].usage is not None and chunks[-1].choices == [], chunks[-1])
    expect(chunks[-1].usage.completion_tokens >= 1, chunks[-1].usage)


@check("n=2 gives two choices")
def two_choices():
    completion = client.chat.completions.create(model=chat_model, messages=HELLO, max_completion_tokens=6, n=2)
    expect([choice.index for choice in completion.choices] == [0, 1], completion.choices)


@check("logprobs, which the engine cannot give yet, is a 400 naming it")
def logprobs():
    error = raises(openai.BadRequestError, lambda: client.chat.completions.create(
        model=chat_model, messages=HELLO, logprobs=True))
    expect(error.body["param"] == "logprobs", error.body)


@check("a wrong type is a 400 naming the parameter")
def wrong_type():
    error = raises(openai.BadRequestError, lambda: client.chat.completions.create(
        model=chat_model, messages=HELLO, extra_body={"n": "two"}))
    expect(error.body["param"] == "n", error.body)


@check("an unknown model is a 404 model_not_found")
def unknown_model():
    error = raises(openai.NotFoundError, lambda: client.chat.completions.create(model="gpt-4o", messages=HELLO))
    expect(error.body["code"] == "model_not_found", error.body)


@check("a wrong key is a 401 invalid_api_key")
def wrong_key():
    bad = OpenAI(base_url=base_url, api_key="gk_wrong", max_retries=0)
    error = raises(openai.AuthenticationError, lambda: bad.chat.completions.create(model="guichet", messages=HELLO))
    expect(error.body["code"] == "invalid_api_key", error.body)


@check("a key-less POST is a 401 in OpenAI's shape, not a CSRF refusal")
def no_key():
    request = urllib.request.Request(base_url + "/chat/completions", method="POST",
        data=json.dumps({"model": "guichet", "messages": HELLO}).encode(), headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(request, timeout=60)
        raise AssertionError("a key-less POST was served")
    except urllib.error.HTTPError as refused:
        body = refused.read().decode()
        expect(refused.code == 401, body)
        expect(json.loads(body)["error"]["code"] == "invalid_api_key", body)


@check("a key limited to the assistant may not call a model raw")
def limited_key_refused():
    limited = OpenAI(base_url=base_url, api_key=limited_key, max_retries=0)
    raises(openai.PermissionDeniedError, lambda: limited.chat.completions.create(model=chat_model, messages=HELLO))


@check("embeddings of one text and of several")
def embeddings():
    several = client.embeddings.create(model=embedding_model, input=["minimum wage", "salaire minimum"])
    expect(len(several.data) == 2 and len(several.data[0].embedding) == 384, len(several.data))


@check("responses: a raw model answers text")
def responses_raw():
    response = client.responses.create(model=chat_model, input="Say hello.", max_output_tokens=12)
    expect(response.output_text and response.usage.output_tokens >= 1, response)


@check("responses: the assistant cites its sources as url_citation annotations")
def responses_grounded():
    response = client.responses.create(model="guichet",
        input="I'm 19, what is the minimum wage for me from April 2025?")
    annotations = response.output[0].content[0].annotations
    expect(annotations and annotations[0].type == "url_citation", annotations)


@check("responses: a stream ends with response.completed")
def responses_stream():
    events = list(client.responses.create(model=chat_model, input="Say hello.", max_output_tokens=12, stream=True))
    expect(events[0].type == "response.created" and events[-1].type == "response.completed", [e.type for e in events])
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    expect(deltas == events[-1].response.output_text, (deltas, events[-1].response.output_text))


@check("responses: text.format json_schema gives matching JSON")
def responses_structured():
    response = client.responses.create(model=chat_model, input="Tom is 58 and out of work.", max_output_tokens=160,
        temperature=0, text={"format": {"type": "json_schema", "name": "person", "schema": PERSON, "strict": True}})
    person = json.loads(response.output_text)
    expect(set(person) == {"name", "age"}, person)


@check("responses: a required function call")
def responses_tools():
    response = client.responses.create(model=chat_model, input="When is my next JSA payment?", max_output_tokens=200,
        temperature=0, tool_choice="required", tools=[dict(type="function", **NEXT_PAYMENT["function"])])
    calls = [item for item in response.output if item.type == "function_call"]
    expect(calls and calls[0].name == "next_payment_date", response.output)


def round_trip():
    """tool_choice auto: the model calls the function, gets its result and answers with it."""
    tools = [NEXT_PAYMENT]
    messages = [{"role": "user", "content": "When is my next Universal Credit payment?"}]
    first = client.chat.completions.create(model=chat_model, messages=messages, tools=tools, temperature=0,
                                           max_completion_tokens=120)
    calls = first.choices[0].message.tool_calls
    expect(first.choices[0].finish_reason == "tool_calls" and calls, first.choices[0])
    messages.append({"role": "assistant", "content": None, "tool_calls": [call.model_dump() for call in calls]})
    for call in calls:
        messages.append({"role": "tool", "tool_call_id": call.id,
                         "content": json.dumps({"benefit": json.loads(call.function.arguments)["benefit"],
                                                "next_payment_date": "2026-12-14"})})
    final = client.chat.completions.create(model=chat_model, messages=messages, tools=tools, temperature=0,
                                           max_completion_tokens=120)
    answer = final.choices[0].message.content or ""
    print(json.dumps({"call": calls[0].function.name + " " + calls[0].function.arguments, "answer": answer}),
          file=sys.stderr)
    expect(final.choices[0].finish_reason == "stop" and "14" in answer, final.choices[0])


if sys.argv[6:7] == ["round-trip"]:
    checks = [("function-calling round trip: call, result, answer that uses it", round_trip)]

passed, failed = [], []
for name, function in checks:
    try:
        function()
        passed.append(name)
    except Exception as error:  # every failure is reported, not just the first
        failed.append({"check": name, "why": repr(error)[:500],
                       "where": traceback.format_exc().strip().splitlines()[-3:]})
print(json.dumps({"client": "openai-python " + openai.__version__, "passed": passed, "failed": failed}, indent=1))
sys.exit(1 if failed else 0)
