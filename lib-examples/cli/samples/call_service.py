"""Gọi dịch vụ hoctap từ Python, chỉ với thư viện chuẩn / calling the hoctap service from Python, standard library only.

HOCTAP is the service's address; the script prints each subject's verdict, then exits 0.
"""
import json
import os
import urllib.error
import urllib.request

HOCTAP = os.environ.get("HOCTAP", "http://127.0.0.1:8080")

# sample:begin python
def evaluate(kind, request):
    """One request; returns the assessment, or raises with the service's error body."""
    body = json.dumps({"kind": kind, "request": request}).encode("utf-8")
    req = urllib.request.Request(HOCTAP + "/v1/evaluate", data=body,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req) as response:
            return json.load(response)["assessment"]
    except urllib.error.HTTPError as e:
        error = json.load(e)["error"]  # {"code", "path", "messageVi", "messageEn"}
        raise ValueError(error["path"] + ": " + error["messageEn"]) from None


person = {"evaluationYear": 2024, "person": {"id": "CD-001", "birthYear": 1985},
          "scores": {"keepingInformed": 9, "learningPlan": 8, "communityLearning": 9, "encouragingOthers": 8,
                     "informationTechnology": 9, "foreignLanguage": 7, "numeracy": 9, "criticalThinking": 8,
                     "friendlyRelationships": 9, "cooperation": 9}}
a = evaluate("citizen", person)
print(a["verdict"], a["summaryVi"])
try:
    evaluate("citizen", {"evaluationYear": "2024", "person": {"id": "CD-002"}})
except ValueError as refused:
    print("refused:", refused)
# sample:end python
