/// The JSON Schema (draft 2020-12) of the protocol format, for completion and inline errors
/// in editors (through the YAML language server modeline).
///
/// A copy of `docs/rapport-protocol.schema.json`, embedded so that `rapport schema` works
/// wherever the binary is; a test keeps the two identical. Edit the file, then paste it here.
public enum ProtocolSchema {
  public static let json = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Rapport protocol",
      "description": "One interview guide or survey, run by the rapport command. See docs/protocol-format.md.",
      "type": "object",
      "required": [
        "rapport",
        "id",
        "title",
        "steps"
      ],
      "properties": {
        "rapport": {
          "const": 1,
          "description": "The format version of this file; currently 1."
        },
        "id": {
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]*$",
          "description": "A short name for the protocol: lowercase letters, digits and '-'."
        },
        "title": {
          "type": "string",
          "minLength": 1,
          "description": "The title printed on the guide."
        },
        "version": {
          "type": [
            "string",
            "number"
          ],
          "description": "Your own version of the protocol, e.g. \"1.0\"."
        },
        "duration": {
          "$ref": "#/$defs/duration",
          "description": "Planned length of a session, e.g. 60m or 1h30m."
        },
        "description": {
          "type": "string",
          "description": "What the protocol is for."
        },
        "roles": {
          "type": "object",
          "description": "Instructions for the two interviewers.",
          "properties": {
            "lead": {
              "$ref": "#/$defs/role",
              "description": "The interviewer who leads."
            },
            "support": {
              "$ref": "#/$defs/role",
              "description": "The interviewer who supports: prompts additional questions, handles technical difficulties."
            }
          },
          "additionalProperties": false
        },
        "participant": {
          "type": "object",
          "description": "How participants are identified and what is recorded about each.",
          "properties": {
            "id-pattern": {
              "type": "string",
              "description": "A regular expression the whole participant ID must match, e.g. P[0-9]{3}."
            },
            "example": {
              "type": "string",
              "description": "A participant ID that matches the pattern, e.g. P001."
            },
            "attributes": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/item"
              },
              "description": "Typed items recorded once per participant."
            }
          },
          "additionalProperties": false
        },
        "steps": {
          "$ref": "#/$defs/steps",
          "description": "What happens in a session, in order."
        }
      },
      "additionalProperties": false,
      "$defs": {
        "duration": {
          "type": "string",
          "pattern": "^(?=[0-9])([0-9]+h)?([0-9]+m)?([0-9]+s)?$",
          "description": "A length of time: 90s, 5m, 5m30s, 60m, 1h30m."
        },
        "expression": {
          "type": "string",
          "minLength": 1,
          "description": "A condition over answers: names of items, \"text\", numbers, true/false, [lists], == != < <= > >=, in, and, or, not, parentheses."
        },
        "stepId": {
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9_-]*$",
          "description": "A unique name for the step: lowercase letters, digits, '-' and '_'."
        },
        "role": {
          "type": "object",
          "required": [
            "instructions"
          ],
          "properties": {
            "instructions": {
              "type": "string",
              "description": "What this interviewer does."
            }
          },
          "additionalProperties": false
        },
        "steps": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/step"
          }
        },
        "option": {
          "description": "A choice: 'Label', or a one-key map 'value: Label' where the value is what conditions and exports use.",
          "oneOf": [
            {
              "type": "string",
              "minLength": 1
            },
            {
              "type": "object",
              "minProperties": 1,
              "maxProperties": 1,
              "additionalProperties": {
                "type": "string"
              }
            }
          ]
        },
        "checklistItem": {
          "description": "A line to tick: text, or {text, required}; required defaults to true.",
          "oneOf": [
            {
              "type": "string",
              "minLength": 1
            },
            {
              "type": "object",
              "required": [
                "text"
              ],
              "properties": {
                "text": {
                  "type": "string",
                  "minLength": 1,
                  "description": "What to tick off."
                },
                "required": {
                  "type": "boolean",
                  "description": "Whether it must be ticked before moving on (default true)."
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "item": {
          "title": "survey item",
          "description": "A typed question: a choice, a number, a date, yes/no or consent.",
          "type": "object",
          "required": [
            "id",
            "type",
            "ask"
          ],
          "properties": {
            "id": {
              "$ref": "#/$defs/stepId"
            },
            "when": {
              "$ref": "#/$defs/expression",
              "description": "Show this step only when the expression holds, e.g. year >= 3. An unanswered item makes it unknown, and unknown counts as not shown."
            },
            "type": {
              "enum": [
                "single-choice",
                "multiple-choice",
                "text",
                "integer",
                "number",
                "scale",
                "date",
                "yes-no",
                "consent"
              ],
              "description": "The kind of answer."
            },
            "ask": {
              "type": "string",
              "minLength": 1,
              "description": "The question as asked."
            },
            "options": {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/option"
              },
              "description": "The choices of a single- or multiple-choice item, in order: 'Label' or 'value: Label'."
            },
            "other": {
              "type": "string",
              "description": "Label of an extra 'other, please specify' choice where the participant writes their own answer."
            },
            "min": {
              "type": "number",
              "description": "Smallest allowed answer of an integer, number or scale item."
            },
            "max": {
              "type": "number",
              "description": "Largest allowed answer of an integer, number or scale item."
            },
            "min-label": {
              "type": "string",
              "description": "Words for the low end of a scale, e.g. Strongly disagree."
            },
            "max-label": {
              "type": "string",
              "description": "Words for the high end of a scale, e.g. Strongly agree."
            },
            "required": {
              "type": "boolean",
              "description": "Whether an answer is needed to move on (default false)."
            },
            "constraint": {
              "$ref": "#/$defs/expression",
              "description": "Must hold once answered; the item's own id names its value, e.g. year >= 1 and year <= 6."
            },
            "constraint-message": {
              "type": "string",
              "description": "Shown when the constraint does not hold."
            },
            "note": {
              "type": "string",
              "description": "For the interviewers only; never read aloud."
            }
          },
          "additionalProperties": false
        },
        "step": {
          "description": "One step: an open question (ask), a survey item (ask with type), a checklist, a marker, a section or an end.",
          "oneOf": [
            {
              "title": "open question",
              "description": "An open interview question read aloud, with prompts and rephrasings.",
              "type": "object",
              "required": [
                "id",
                "ask"
              ],
              "properties": {
                "id": {
                  "$ref": "#/$defs/stepId"
                },
                "when": {
                  "$ref": "#/$defs/expression",
                  "description": "Show this step only when the expression holds, e.g. year >= 3. An unanswered item makes it unknown, and unknown counts as not shown."
                },
                "label": {
                  "type": "string",
                  "description": "A short heading such as Warm up."
                },
                "ask": {
                  "type": "string",
                  "minLength": 1,
                  "description": "The question as read aloud."
                },
                "prompts": {
                  "description": "Follow-up prompts, in order. Write prompts: [] for none on purpose.",
                  "oneOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    }
                  ]
                },
                "rephrase": {
                  "description": "Other wordings for when the question is not understood.",
                  "oneOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    }
                  ]
                },
                "round-up": {
                  "type": "string",
                  "description": "A closing question that rounds the topic up."
                },
                "budget": {
                  "$ref": "#/$defs/duration",
                  "description": "Planned time for this step, e.g. 5m."
                },
                "note": {
                  "type": "string",
                  "description": "For the interviewers only; never read aloud."
                }
              },
              "additionalProperties": false
            },
            {
              "$ref": "#/$defs/item"
            },
            {
              "title": "checklist",
              "description": "Things to tick off, e.g. consent before recording.",
              "type": "object",
              "required": [
                "id",
                "checklist",
                "items"
              ],
              "properties": {
                "id": {
                  "$ref": "#/$defs/stepId"
                },
                "when": {
                  "$ref": "#/$defs/expression",
                  "description": "Show this step only when the expression holds, e.g. year >= 3. An unanswered item makes it unknown, and unknown counts as not shown."
                },
                "checklist": {
                  "type": "string",
                  "minLength": 1,
                  "description": "The checklist's title."
                },
                "items": {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "$ref": "#/$defs/checklistItem"
                  }
                },
                "budget": {
                  "$ref": "#/$defs/duration",
                  "description": "Planned time for this step, e.g. 5m."
                },
                "note": {
                  "type": "string",
                  "description": "For the interviewers only; never read aloud."
                }
              },
              "additionalProperties": false
            },
            {
              "title": "marker",
              "description": "A moment the interviewers act on, e.g. start the recording.",
              "type": "object",
              "required": [
                "id",
                "marker"
              ],
              "properties": {
                "id": {
                  "$ref": "#/$defs/stepId"
                },
                "when": {
                  "$ref": "#/$defs/expression",
                  "description": "Show this step only when the expression holds, e.g. year >= 3. An unanswered item makes it unknown, and unknown counts as not shown."
                },
                "marker": {
                  "type": "string",
                  "minLength": 1,
                  "description": "What happens now."
                },
                "action": {
                  "enum": [
                    "start-recording",
                    "stop-recording"
                  ],
                  "description": "start-recording marks where the recording starts; stop-recording where it stops (a later start is part 2)."
                },
                "note": {
                  "type": "string",
                  "description": "For the interviewers only; never read aloud."
                }
              },
              "additionalProperties": false
            },
            {
              "title": "section",
              "description": "A group of steps under a heading; its when: applies to all of them.",
              "type": "object",
              "required": [
                "id",
                "section",
                "steps"
              ],
              "properties": {
                "id": {
                  "$ref": "#/$defs/stepId"
                },
                "when": {
                  "$ref": "#/$defs/expression",
                  "description": "Show this step only when the expression holds, e.g. year >= 3. An unanswered item makes it unknown, and unknown counts as not shown."
                },
                "section": {
                  "type": "string",
                  "minLength": 1,
                  "description": "The section's heading."
                },
                "steps": {
                  "$ref": "#/$defs/steps"
                }
              },
              "additionalProperties": false
            },
            {
              "title": "end",
              "description": "Ends the session when reached, e.g. a screening survey's not-eligible message.",
              "type": "object",
              "required": [
                "id",
                "end"
              ],
              "properties": {
                "id": {
                  "$ref": "#/$defs/stepId"
                },
                "when": {
                  "$ref": "#/$defs/expression",
                  "description": "Show this step only when the expression holds, e.g. year >= 3. An unanswered item makes it unknown, and unknown counts as not shown."
                },
                "end": {
                  "type": "string",
                  "minLength": 1,
                  "description": "What to say or show when the session ends here."
                }
              },
              "additionalProperties": false
            }
          ]
        }
      }
    }

    """#
}
