"""JUnit XML for CI: one test case per eval case, so a CI page shows which calls went wrong."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from reviewer.evals.evaluate import Results
from reviewer.evals.report import SYNTHETIC_LABEL, describe_wrong, fmt, provenance, rerecord_command
from reviewer.evals.runlog import RunLog


def junit_xml(run: RunLog, results: Results) -> str:
    scores = {score.case_id: score for score in results.scores}
    suite = ET.Element("testsuite", name=f"reviewer eval ({run.engine})", timestamp=run.created)
    properties = ET.SubElement(suite, "properties")
    facts = {"provenance": provenance(run), "synthetic_cases": ",".join(run.synthetic_cases)}
    facts |= {key: fmt(results.metrics.rate(key)) for key in results.thresholds}
    facts |= {f"below_threshold.{f.metric}": f.message() for f in results.failures}
    for name, value in facts.items():
        ET.SubElement(properties, "property", name=name, value=value)

    failures = errors = 0
    for case_run in run.cases:
        case_id = case_run.case.id
        testcase = ET.SubElement(
            suite, "testcase", classname=f"reviewer.eval.{run.engine}", name=case_id,
            file=case_run.case.file, time=f"{case_run.seconds:.3f}",
        )
        if case_run.outcome == "stale":
            errors += 1
            ET.SubElement(testcase, "error", type="stale-cassette", message=case_run.error or "stale").text = (
                f"re-record with: {rerecord_command(run, [case_id])}"
            )
        elif case_run.outcome == "error":
            errors += 1
            ET.SubElement(testcase, "error", type="engine-error", message=case_run.error or "")
        elif wrong := describe_wrong(scores[case_id]):
            failures += 1
            ET.SubElement(testcase, "failure", type="wrong-answer", message="; ".join(wrong))
        if case_run.synthetic:
            ET.SubElement(testcase, "system-out").text = f"scored on {SYNTHETIC_LABEL}, not a model's answer"

    total_seconds = sum(case_run.seconds for case_run in run.cases)
    suite.attrib.update(
        tests=str(len(run.cases)), failures=str(failures), errors=str(errors), skipped="0", time=f"{total_seconds:.3f}"
    )
    root = ET.Element("testsuites", name="reviewer eval")
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
