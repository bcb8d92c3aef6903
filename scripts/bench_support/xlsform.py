"""Writes the XLSForm equivalent of `scripts/gen-large-protocol STEPS`, for pyxform.

    .venv-bench/bin/python scripts/bench_support/xlsform.py 10000 form.xlsx

Step for step the same content: the two participant attributes (a single choice and a
bounded integer), then cycles of five steps: an open question with its prompts (hint),
rephrasing (guidance hint) and a condition; a multiple choice with its own options and an
'other'; a checklist of two items; a bounded integer with a condition on the multiple
choice and a constraint; a marker (a note). Needs openpyxl (a dependency of pyxform).
"""
import sys

from openpyxl import Workbook


def main():
    steps, out = int(sys.argv[1]), sys.argv[2]
    book = Workbook(write_only=True)
    survey = book.create_sheet("survey")
    survey.append(["type", "name", "label", "hint", "guidance_hint", "relevant", "constraint",
                   "required"])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id", "version"])
    settings.append([f"A generated protocol with {steps} steps", "large", "1"])

    survey.append(["select_one school", "school", "School", "", "", "", "", "yes"])
    for value, label in [("ic", "Imperial"), ("ucl", "UCL"), ("dd", "Dundee")]:
        choices.append(["school", value, label])
    survey.append(["integer", "year", "Year", "", "", "", ". >= 1 and . <= 6", "yes"])
    for i in range(1, steps + 1):
        kind = i % 5
        if kind == 0:
            survey.append(["text", f"q{i}", f"How did step {i} go for you?",
                           "Could you tell me a little bit more about that? / "
                           "What did you learn from that experience?",
                           f"What happened at step {i}?",
                           "${year} >= 3 and ${school} != 'dd'", "", ""])
        elif kind == 1:
            survey.append([f"select_multiple c{i} or_other", f"c{i}",
                           f"Which of these apply at step {i}?", "", "", "", "", ""])
            for value, label in [("a", "First choice"), ("b", "Second choice"),
                                 ("c", "Third choice")]:
                choices.append([f"c{i}", value, label])
        elif kind == 2:
            survey.append([f"select_multiple k{i}", f"k{i}", f"Checklist {i}", "", "", "", "",
                           ""])
            choices.append([f"k{i}", "one", "Item one"])
            choices.append([f"k{i}", "two", "Item two"])
        elif kind == 3:
            survey.append(["integer", f"n{i}", f"A number for step {i}?", "", "",
                           f"selected(${{c{i - 2}}}, 'a')", ". >= 0 and . <= 100", ""])
        else:
            survey.append(["note", f"m{i}", f"Marker {i}", "", "", "", "", ""])
    book.save(out)


if __name__ == "__main__":
    main()
