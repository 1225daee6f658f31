// src/cli/config/validate.generated.js
var runtime0 = { default: function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
} };
var validate = validate10;
var validate_generated_default = validate10;
var schema11 = { "$id": "https://policylint.dev/schema/policylintrc.json", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "rules": { "type": "object", "additionalProperties": false, "properties": { "wildcard-principal": { "description": 'A "*" principal that no condition pins to accounts, an organization or principals', "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] }, "principal-arn-pattern": { "description": "aws:PrincipalArn conditions that any AWS account can satisfy, or that can never match", "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] }, "group-mfa": { "description": "IAM groups whose policies do not enforce MFA", "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] }, "ecr-scope": { "description": "ECR permissions broader than the job needs", "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] }, "options": { "type": "object", "additionalProperties": false, "properties": { "ecrPolicyAddresses": { "type": "array", "items": { "type": "string" }, "description": "Terraform address globs of policies whose purpose is ECR publishing or pulling, whatever they are attached to and hold; any other action in them is reported" }, "adminAddresses": { "type": "array", "items": { "type": "string" }, "description": "Terraform address globs of policies meant for ECR administrators, which may hold policy and delete actions (e.g. aws_iam_policy.ecr_admin*)" } } } } }] }, "principal-grammar": { "description": "Principal elements that IAM rejects or that never match", "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] }, "oidc-trust": { "description": "A web-identity (OIDC) trust policy that a CI job or workload outside yours can satisfy", "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] }, "options": { "type": "object", "additionalProperties": false, "properties": { "trustedGitHubOrganizations": { "type": "array", "items": { "type": "string" }, "description": "GitHub organizations whose every repository may assume (silences OT02)" }, "trustedGitLabGroups": { "type": "array", "items": { "type": "string" }, "description": "GitLab top-level groups whose every project may assume (silences OT02)" }, "trustedTerraformOrganizations": { "type": "array", "items": { "type": "string" }, "description": "HCP Terraform organizations whose every workspace may assume (silences OT02)" }, "anyRefOfRepository": { "enum": ["note", "off"], "default": "note", "description": "Any branch, tag or environment of one repository (OT03): a note (default) or off" } } } } }] }, "policy-grammar": { "description": "Actions, condition keys and resource ARNs that do not exist, or that no action of the statement uses", "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] }, "parse-error": { "description": "Input that cannot be parsed as Terraform or JSON, or a policy with duplicate keys", "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] }, "suppression": { "description": "A policylint:ignore comment without a reason, expired, unused, or naming an unknown rule", "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] }, "unresolved": { "description": "A policy or statement policylint cannot resolve, so no rule could judge it (reported with --strict); and a value it would not read or evaluate: a file outside the scanned folders, or a bound on work reached", "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] }, "policy-size": { "description": "A policy larger than the AWS quota for where it is attached", "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] } }, "description": 'Rule on/off and severity: "off", "error", "warning", "note", or { "severity": ..., "options": {...} }' }, "include": { "type": "array", "items": { "type": "string" }, "description": "Globs (relative to the config file) of files to lint; default: every .tf, .tofu, .tf.json and .json file" }, "exclude": { "type": "array", "items": { "type": "string" }, "description": "Globs of files never to lint" }, "ignores": { "type": "array", "description": "Suppressions for files that cannot carry a comment, such as JSON policies", "items": { "type": "object", "additionalProperties": false, "required": ["files", "rules", "reason"], "properties": { "files": { "type": "string", "description": "glob, relative to the config file" }, "rules": { "type": "array", "items": { "type": "string" }, "minItems": 1 }, "reason": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } }, "policyKinds": { "type": "array", "description": 'What standalone JSON policy files are, when their content cannot say: e.g. { "files": "org/scp/**/*.json", "kind": "scp" }. Without it a file with a Principal is a resource or trust policy, one without an identity policy', "items": { "type": "object", "additionalProperties": false, "required": ["files", "kind"], "properties": { "files": { "type": "string", "description": "glob, relative to the config file" }, "kind": { "enum": ["identity", "resource", "trust", "scp", "rcp"] } } } }, "trustedAccounts": { "type": "array", "items": { "type": "string", "pattern": "^\\d{12}$" }, "description": "Your account ids: never used as outside witnesses, and offered in fixes" }, "strict": { "type": "boolean", "description": "Report, as notes, policies whose verdict depends on values policylint cannot resolve" }, "accessAnalyzer": { "type": "object", "additionalProperties": false, "description": "IAM Access Analyzer checks, run only with --access-analyzer or enabled: true", "properties": { "enabled": { "type": "boolean" }, "region": { "type": "string" }, "checkNoPublicAccess": { "type": "boolean", "description": "billed per call" }, "accessNotGranted": { "type": "array", "description": "CheckAccessNotGranted (billed per call): actions or resources the matching policies must not grant", "items": { "type": "object", "additionalProperties": false, "required": ["addresses"], "properties": { "addresses": { "type": "array", "items": { "type": "string" }, "description": "Terraform address globs, e.g. aws_iam_policy.ci_*" }, "actions": { "type": "array", "items": { "type": "string" } }, "resources": { "type": "array", "items": { "type": "string" } } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func4 = runtime0.default;
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern1 = new RegExp("^\\d{12}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func2.call(schema11.properties.rules.properties, key1)) {
            const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1["wildcard-principal"] !== void 0) {
          let data2 = data1["wildcard-principal"];
          const _errs8 = errors;
          let valid2 = false;
          let passing0 = null;
          const _errs9 = errors;
          if (!(data2 === "off" || data2 === "error" || data2 === "warning" || data2 === "note")) {
            const err3 = { instancePath: instancePath + "/rules/wildcard-principal", schemaPath: "#/properties/rules/properties/wildcard-principal/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["wildcard-principal"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var _valid0 = _errs9 === errors;
          if (_valid0) {
            valid2 = true;
            passing0 = 0;
          }
          const _errs10 = errors;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key2 in data2) {
              if (!(key2 === "severity")) {
                const err4 = { instancePath: instancePath + "/rules/wildcard-principal", schemaPath: "#/properties/rules/properties/wildcard-principal/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data2.severity !== void 0) {
              let data3 = data2.severity;
              if (!(data3 === "off" || data3 === "error" || data3 === "warning" || data3 === "note")) {
                const err5 = { instancePath: instancePath + "/rules/wildcard-principal/severity", schemaPath: "#/properties/rules/properties/wildcard-principal/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["wildcard-principal"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/rules/wildcard-principal", schemaPath: "#/properties/rules/properties/wildcard-principal/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          if (_valid0 && valid2) {
            valid2 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid2 = true;
              passing0 = 1;
            }
          }
          if (!valid2) {
            const err7 = { instancePath: instancePath + "/rules/wildcard-principal", schemaPath: "#/properties/rules/properties/wildcard-principal/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["principal-arn-pattern"] !== void 0) {
          let data4 = data1["principal-arn-pattern"];
          const _errs15 = errors;
          let valid4 = false;
          let passing1 = null;
          const _errs16 = errors;
          if (!(data4 === "off" || data4 === "error" || data4 === "warning" || data4 === "note")) {
            const err8 = { instancePath: instancePath + "/rules/principal-arn-pattern", schemaPath: "#/properties/rules/properties/principal-arn-pattern/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["principal-arn-pattern"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid1 = _errs16 === errors;
          if (_valid1) {
            valid4 = true;
            passing1 = 0;
          }
          const _errs17 = errors;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key3 in data4) {
              if (!(key3 === "severity")) {
                const err9 = { instancePath: instancePath + "/rules/principal-arn-pattern", schemaPath: "#/properties/rules/properties/principal-arn-pattern/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data4.severity !== void 0) {
              let data5 = data4.severity;
              if (!(data5 === "off" || data5 === "error" || data5 === "warning" || data5 === "note")) {
                const err10 = { instancePath: instancePath + "/rules/principal-arn-pattern/severity", schemaPath: "#/properties/rules/properties/principal-arn-pattern/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["principal-arn-pattern"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/rules/principal-arn-pattern", schemaPath: "#/properties/rules/properties/principal-arn-pattern/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var _valid1 = _errs17 === errors;
          if (_valid1 && valid4) {
            valid4 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid4 = true;
              passing1 = 1;
            }
          }
          if (!valid4) {
            const err12 = { instancePath: instancePath + "/rules/principal-arn-pattern", schemaPath: "#/properties/rules/properties/principal-arn-pattern/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            errors = _errs15;
            if (vErrors !== null) {
              if (_errs15) {
                vErrors.length = _errs15;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["group-mfa"] !== void 0) {
          let data6 = data1["group-mfa"];
          const _errs22 = errors;
          let valid6 = false;
          let passing2 = null;
          const _errs23 = errors;
          if (!(data6 === "off" || data6 === "error" || data6 === "warning" || data6 === "note")) {
            const err13 = { instancePath: instancePath + "/rules/group-mfa", schemaPath: "#/properties/rules/properties/group-mfa/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["group-mfa"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid2 = _errs23 === errors;
          if (_valid2) {
            valid6 = true;
            passing2 = 0;
          }
          const _errs24 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key4 in data6) {
              if (!(key4 === "severity")) {
                const err14 = { instancePath: instancePath + "/rules/group-mfa", schemaPath: "#/properties/rules/properties/group-mfa/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data6.severity !== void 0) {
              let data7 = data6.severity;
              if (!(data7 === "off" || data7 === "error" || data7 === "warning" || data7 === "note")) {
                const err15 = { instancePath: instancePath + "/rules/group-mfa/severity", schemaPath: "#/properties/rules/properties/group-mfa/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["group-mfa"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/rules/group-mfa", schemaPath: "#/properties/rules/properties/group-mfa/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var _valid2 = _errs24 === errors;
          if (_valid2 && valid6) {
            valid6 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid6 = true;
              passing2 = 1;
            }
          }
          if (!valid6) {
            const err17 = { instancePath: instancePath + "/rules/group-mfa", schemaPath: "#/properties/rules/properties/group-mfa/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          } else {
            errors = _errs22;
            if (vErrors !== null) {
              if (_errs22) {
                vErrors.length = _errs22;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["ecr-scope"] !== void 0) {
          let data8 = data1["ecr-scope"];
          const _errs29 = errors;
          let valid8 = false;
          let passing3 = null;
          const _errs30 = errors;
          if (!(data8 === "off" || data8 === "error" || data8 === "warning" || data8 === "note")) {
            const err18 = { instancePath: instancePath + "/rules/ecr-scope", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["ecr-scope"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid3 = _errs30 === errors;
          if (_valid3) {
            valid8 = true;
            passing3 = 0;
          }
          const _errs31 = errors;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key5 in data8) {
              if (!(key5 === "severity" || key5 === "options")) {
                const err19 = { instancePath: instancePath + "/rules/ecr-scope", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data8.severity !== void 0) {
              let data9 = data8.severity;
              if (!(data9 === "off" || data9 === "error" || data9 === "warning" || data9 === "note")) {
                const err20 = { instancePath: instancePath + "/rules/ecr-scope/severity", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["ecr-scope"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data8.options !== void 0) {
              let data10 = data8.options;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key6 in data10) {
                  if (!(key6 === "ecrPolicyAddresses" || key6 === "adminAddresses")) {
                    const err21 = { instancePath: instancePath + "/rules/ecr-scope/options", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data10.ecrPolicyAddresses !== void 0) {
                  let data11 = data10.ecrPolicyAddresses;
                  if (Array.isArray(data11)) {
                    const len0 = data11.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      if (typeof data11[i0] !== "string") {
                        const err22 = { instancePath: instancePath + "/rules/ecr-scope/options/ecrPolicyAddresses/" + i0, schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/properties/ecrPolicyAddresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/rules/ecr-scope/options/ecrPolicyAddresses", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/properties/ecrPolicyAddresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data10.adminAddresses !== void 0) {
                  let data13 = data10.adminAddresses;
                  if (Array.isArray(data13)) {
                    const len1 = data13.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data13[i1] !== "string") {
                        const err24 = { instancePath: instancePath + "/rules/ecr-scope/options/adminAddresses/" + i1, schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/properties/adminAddresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/rules/ecr-scope/options/adminAddresses", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/properties/adminAddresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/rules/ecr-scope/options", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/rules/ecr-scope", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var _valid3 = _errs31 === errors;
          if (_valid3 && valid8) {
            valid8 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid8 = true;
              passing3 = 1;
            }
          }
          if (!valid8) {
            const err28 = { instancePath: instancePath + "/rules/ecr-scope", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          } else {
            errors = _errs29;
            if (vErrors !== null) {
              if (_errs29) {
                vErrors.length = _errs29;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["principal-grammar"] !== void 0) {
          let data15 = data1["principal-grammar"];
          const _errs47 = errors;
          let valid15 = false;
          let passing4 = null;
          const _errs48 = errors;
          if (!(data15 === "off" || data15 === "error" || data15 === "warning" || data15 === "note")) {
            const err29 = { instancePath: instancePath + "/rules/principal-grammar", schemaPath: "#/properties/rules/properties/principal-grammar/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["principal-grammar"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          var _valid4 = _errs48 === errors;
          if (_valid4) {
            valid15 = true;
            passing4 = 0;
          }
          const _errs49 = errors;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key7 in data15) {
              if (!(key7 === "severity")) {
                const err30 = { instancePath: instancePath + "/rules/principal-grammar", schemaPath: "#/properties/rules/properties/principal-grammar/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data15.severity !== void 0) {
              let data16 = data15.severity;
              if (!(data16 === "off" || data16 === "error" || data16 === "warning" || data16 === "note")) {
                const err31 = { instancePath: instancePath + "/rules/principal-grammar/severity", schemaPath: "#/properties/rules/properties/principal-grammar/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["principal-grammar"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/rules/principal-grammar", schemaPath: "#/properties/rules/properties/principal-grammar/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          var _valid4 = _errs49 === errors;
          if (_valid4 && valid15) {
            valid15 = false;
            passing4 = [passing4, 1];
          } else {
            if (_valid4) {
              valid15 = true;
              passing4 = 1;
            }
          }
          if (!valid15) {
            const err33 = { instancePath: instancePath + "/rules/principal-grammar", schemaPath: "#/properties/rules/properties/principal-grammar/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          } else {
            errors = _errs47;
            if (vErrors !== null) {
              if (_errs47) {
                vErrors.length = _errs47;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["oidc-trust"] !== void 0) {
          let data17 = data1["oidc-trust"];
          const _errs54 = errors;
          let valid17 = false;
          let passing5 = null;
          const _errs55 = errors;
          if (!(data17 === "off" || data17 === "error" || data17 === "warning" || data17 === "note")) {
            const err34 = { instancePath: instancePath + "/rules/oidc-trust", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["oidc-trust"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          var _valid5 = _errs55 === errors;
          if (_valid5) {
            valid17 = true;
            passing5 = 0;
          }
          const _errs56 = errors;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key8 in data17) {
              if (!(key8 === "severity" || key8 === "options")) {
                const err35 = { instancePath: instancePath + "/rules/oidc-trust", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data17.severity !== void 0) {
              let data18 = data17.severity;
              if (!(data18 === "off" || data18 === "error" || data18 === "warning" || data18 === "note")) {
                const err36 = { instancePath: instancePath + "/rules/oidc-trust/severity", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["oidc-trust"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data17.options !== void 0) {
              let data19 = data17.options;
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                for (const key9 in data19) {
                  if (!(key9 === "trustedGitHubOrganizations" || key9 === "trustedGitLabGroups" || key9 === "trustedTerraformOrganizations" || key9 === "anyRefOfRepository")) {
                    const err37 = { instancePath: instancePath + "/rules/oidc-trust/options", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data19.trustedGitHubOrganizations !== void 0) {
                  let data20 = data19.trustedGitHubOrganizations;
                  if (Array.isArray(data20)) {
                    const len2 = data20.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data20[i2] !== "string") {
                        const err38 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedGitHubOrganizations/" + i2, schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedGitHubOrganizations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedGitHubOrganizations", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedGitHubOrganizations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data19.trustedGitLabGroups !== void 0) {
                  let data22 = data19.trustedGitLabGroups;
                  if (Array.isArray(data22)) {
                    const len3 = data22.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data22[i3] !== "string") {
                        const err40 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedGitLabGroups/" + i3, schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedGitLabGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedGitLabGroups", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedGitLabGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data19.trustedTerraformOrganizations !== void 0) {
                  let data24 = data19.trustedTerraformOrganizations;
                  if (Array.isArray(data24)) {
                    const len4 = data24.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      if (typeof data24[i4] !== "string") {
                        const err42 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedTerraformOrganizations/" + i4, schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedTerraformOrganizations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedTerraformOrganizations", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedTerraformOrganizations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data19.anyRefOfRepository !== void 0) {
                  let data26 = data19.anyRefOfRepository;
                  if (!(data26 === "note" || data26 === "off")) {
                    const err44 = { instancePath: instancePath + "/rules/oidc-trust/options/anyRefOfRepository", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/anyRefOfRepository/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["oidc-trust"].oneOf[1].properties.options.properties.anyRefOfRepository.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/rules/oidc-trust/options", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/rules/oidc-trust", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          var _valid5 = _errs56 === errors;
          if (_valid5 && valid17) {
            valid17 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid17 = true;
              passing5 = 1;
            }
          }
          if (!valid17) {
            const err47 = { instancePath: instancePath + "/rules/oidc-trust", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          } else {
            errors = _errs54;
            if (vErrors !== null) {
              if (_errs54) {
                vErrors.length = _errs54;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["policy-grammar"] !== void 0) {
          let data27 = data1["policy-grammar"];
          const _errs77 = errors;
          let valid26 = false;
          let passing6 = null;
          const _errs78 = errors;
          if (!(data27 === "off" || data27 === "error" || data27 === "warning" || data27 === "note")) {
            const err48 = { instancePath: instancePath + "/rules/policy-grammar", schemaPath: "#/properties/rules/properties/policy-grammar/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["policy-grammar"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var _valid6 = _errs78 === errors;
          if (_valid6) {
            valid26 = true;
            passing6 = 0;
          }
          const _errs79 = errors;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key10 in data27) {
              if (!(key10 === "severity")) {
                const err49 = { instancePath: instancePath + "/rules/policy-grammar", schemaPath: "#/properties/rules/properties/policy-grammar/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data27.severity !== void 0) {
              let data28 = data27.severity;
              if (!(data28 === "off" || data28 === "error" || data28 === "warning" || data28 === "note")) {
                const err50 = { instancePath: instancePath + "/rules/policy-grammar/severity", schemaPath: "#/properties/rules/properties/policy-grammar/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["policy-grammar"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/rules/policy-grammar", schemaPath: "#/properties/rules/properties/policy-grammar/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          var _valid6 = _errs79 === errors;
          if (_valid6 && valid26) {
            valid26 = false;
            passing6 = [passing6, 1];
          } else {
            if (_valid6) {
              valid26 = true;
              passing6 = 1;
            }
          }
          if (!valid26) {
            const err52 = { instancePath: instancePath + "/rules/policy-grammar", schemaPath: "#/properties/rules/properties/policy-grammar/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          } else {
            errors = _errs77;
            if (vErrors !== null) {
              if (_errs77) {
                vErrors.length = _errs77;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["parse-error"] !== void 0) {
          let data29 = data1["parse-error"];
          const _errs84 = errors;
          let valid28 = false;
          let passing7 = null;
          const _errs85 = errors;
          if (!(data29 === "off" || data29 === "error" || data29 === "warning" || data29 === "note")) {
            const err53 = { instancePath: instancePath + "/rules/parse-error", schemaPath: "#/properties/rules/properties/parse-error/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["parse-error"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          var _valid7 = _errs85 === errors;
          if (_valid7) {
            valid28 = true;
            passing7 = 0;
          }
          const _errs86 = errors;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key11 in data29) {
              if (!(key11 === "severity")) {
                const err54 = { instancePath: instancePath + "/rules/parse-error", schemaPath: "#/properties/rules/properties/parse-error/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data29.severity !== void 0) {
              let data30 = data29.severity;
              if (!(data30 === "off" || data30 === "error" || data30 === "warning" || data30 === "note")) {
                const err55 = { instancePath: instancePath + "/rules/parse-error/severity", schemaPath: "#/properties/rules/properties/parse-error/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["parse-error"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/rules/parse-error", schemaPath: "#/properties/rules/properties/parse-error/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var _valid7 = _errs86 === errors;
          if (_valid7 && valid28) {
            valid28 = false;
            passing7 = [passing7, 1];
          } else {
            if (_valid7) {
              valid28 = true;
              passing7 = 1;
            }
          }
          if (!valid28) {
            const err57 = { instancePath: instancePath + "/rules/parse-error", schemaPath: "#/properties/rules/properties/parse-error/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          } else {
            errors = _errs84;
            if (vErrors !== null) {
              if (_errs84) {
                vErrors.length = _errs84;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1.suppression !== void 0) {
          let data31 = data1.suppression;
          const _errs91 = errors;
          let valid30 = false;
          let passing8 = null;
          const _errs92 = errors;
          if (!(data31 === "off" || data31 === "error" || data31 === "warning" || data31 === "note")) {
            const err58 = { instancePath: instancePath + "/rules/suppression", schemaPath: "#/properties/rules/properties/suppression/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties.suppression.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          var _valid8 = _errs92 === errors;
          if (_valid8) {
            valid30 = true;
            passing8 = 0;
          }
          const _errs93 = errors;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            for (const key12 in data31) {
              if (!(key12 === "severity")) {
                const err59 = { instancePath: instancePath + "/rules/suppression", schemaPath: "#/properties/rules/properties/suppression/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data31.severity !== void 0) {
              let data32 = data31.severity;
              if (!(data32 === "off" || data32 === "error" || data32 === "warning" || data32 === "note")) {
                const err60 = { instancePath: instancePath + "/rules/suppression/severity", schemaPath: "#/properties/rules/properties/suppression/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties.suppression.oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/rules/suppression", schemaPath: "#/properties/rules/properties/suppression/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          var _valid8 = _errs93 === errors;
          if (_valid8 && valid30) {
            valid30 = false;
            passing8 = [passing8, 1];
          } else {
            if (_valid8) {
              valid30 = true;
              passing8 = 1;
            }
          }
          if (!valid30) {
            const err62 = { instancePath: instancePath + "/rules/suppression", schemaPath: "#/properties/rules/properties/suppression/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          } else {
            errors = _errs91;
            if (vErrors !== null) {
              if (_errs91) {
                vErrors.length = _errs91;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1.unresolved !== void 0) {
          let data33 = data1.unresolved;
          const _errs98 = errors;
          let valid32 = false;
          let passing9 = null;
          const _errs99 = errors;
          if (!(data33 === "off" || data33 === "error" || data33 === "warning" || data33 === "note")) {
            const err63 = { instancePath: instancePath + "/rules/unresolved", schemaPath: "#/properties/rules/properties/unresolved/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties.unresolved.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          var _valid9 = _errs99 === errors;
          if (_valid9) {
            valid32 = true;
            passing9 = 0;
          }
          const _errs100 = errors;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key13 in data33) {
              if (!(key13 === "severity")) {
                const err64 = { instancePath: instancePath + "/rules/unresolved", schemaPath: "#/properties/rules/properties/unresolved/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data33.severity !== void 0) {
              let data34 = data33.severity;
              if (!(data34 === "off" || data34 === "error" || data34 === "warning" || data34 === "note")) {
                const err65 = { instancePath: instancePath + "/rules/unresolved/severity", schemaPath: "#/properties/rules/properties/unresolved/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties.unresolved.oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/rules/unresolved", schemaPath: "#/properties/rules/properties/unresolved/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          var _valid9 = _errs100 === errors;
          if (_valid9 && valid32) {
            valid32 = false;
            passing9 = [passing9, 1];
          } else {
            if (_valid9) {
              valid32 = true;
              passing9 = 1;
            }
          }
          if (!valid32) {
            const err67 = { instancePath: instancePath + "/rules/unresolved", schemaPath: "#/properties/rules/properties/unresolved/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          } else {
            errors = _errs98;
            if (vErrors !== null) {
              if (_errs98) {
                vErrors.length = _errs98;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["policy-size"] !== void 0) {
          let data35 = data1["policy-size"];
          const _errs105 = errors;
          let valid34 = false;
          let passing10 = null;
          const _errs106 = errors;
          if (!(data35 === "off" || data35 === "error" || data35 === "warning" || data35 === "note")) {
            const err68 = { instancePath: instancePath + "/rules/policy-size", schemaPath: "#/properties/rules/properties/policy-size/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["policy-size"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          var _valid10 = _errs106 === errors;
          if (_valid10) {
            valid34 = true;
            passing10 = 0;
          }
          const _errs107 = errors;
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            for (const key14 in data35) {
              if (!(key14 === "severity")) {
                const err69 = { instancePath: instancePath + "/rules/policy-size", schemaPath: "#/properties/rules/properties/policy-size/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data35.severity !== void 0) {
              let data36 = data35.severity;
              if (!(data36 === "off" || data36 === "error" || data36 === "warning" || data36 === "note")) {
                const err70 = { instancePath: instancePath + "/rules/policy-size/severity", schemaPath: "#/properties/rules/properties/policy-size/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["policy-size"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/rules/policy-size", schemaPath: "#/properties/rules/properties/policy-size/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          var _valid10 = _errs107 === errors;
          if (_valid10 && valid34) {
            valid34 = false;
            passing10 = [passing10, 1];
          } else {
            if (_valid10) {
              valid34 = true;
              passing10 = 1;
            }
          }
          if (!valid34) {
            const err72 = { instancePath: instancePath + "/rules/policy-size", schemaPath: "#/properties/rules/properties/policy-size/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          } else {
            errors = _errs105;
            if (vErrors !== null) {
              if (_errs105) {
                vErrors.length = _errs105;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data37 = data.include;
      if (Array.isArray(data37)) {
        const len5 = data37.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data37[i5] !== "string") {
            const err74 = { instancePath: instancePath + "/include/" + i5, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data39 = data.exclude;
      if (Array.isArray(data39)) {
        const len6 = data39.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data39[i6] !== "string") {
            const err76 = { instancePath: instancePath + "/exclude/" + i6, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.ignores !== void 0) {
      let data41 = data.ignores;
      if (Array.isArray(data41)) {
        const len7 = data41.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data42 = data41[i7];
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            if (data42.files === void 0) {
              const err78 = { instancePath: instancePath + "/ignores/" + i7, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data42.rules === void 0) {
              const err79 = { instancePath: instancePath + "/ignores/" + i7, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data42.reason === void 0) {
              const err80 = { instancePath: instancePath + "/ignores/" + i7, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            for (const key15 in data42) {
              if (!(key15 === "files" || key15 === "rules" || key15 === "reason" || key15 === "expires")) {
                const err81 = { instancePath: instancePath + "/ignores/" + i7, schemaPath: "#/properties/ignores/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data42.files !== void 0) {
              if (typeof data42.files !== "string") {
                const err82 = { instancePath: instancePath + "/ignores/" + i7 + "/files", schemaPath: "#/properties/ignores/items/properties/files/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data42.rules !== void 0) {
              let data44 = data42.rules;
              if (Array.isArray(data44)) {
                if (data44.length < 1) {
                  const err83 = { instancePath: instancePath + "/ignores/" + i7 + "/rules", schemaPath: "#/properties/ignores/items/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                const len8 = data44.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  if (typeof data44[i8] !== "string") {
                    const err84 = { instancePath: instancePath + "/ignores/" + i7 + "/rules/" + i8, schemaPath: "#/properties/ignores/items/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
              } else {
                const err85 = { instancePath: instancePath + "/ignores/" + i7 + "/rules", schemaPath: "#/properties/ignores/items/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data42.reason !== void 0) {
              let data46 = data42.reason;
              if (typeof data46 === "string") {
                if (func4(data46) < 1) {
                  const err86 = { instancePath: instancePath + "/ignores/" + i7 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/ignores/" + i7 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data42.expires !== void 0) {
              let data47 = data42.expires;
              if (typeof data47 === "string") {
                if (!pattern0.test(data47)) {
                  const err88 = { instancePath: instancePath + "/ignores/" + i7 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/ignores/" + i7 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/ignores/" + i7, schemaPath: "#/properties/ignores/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.policyKinds !== void 0) {
      let data48 = data.policyKinds;
      if (Array.isArray(data48)) {
        const len9 = data48.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data49 = data48[i9];
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.files === void 0) {
              const err92 = { instancePath: instancePath + "/policyKinds/" + i9, schemaPath: "#/properties/policyKinds/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            if (data49.kind === void 0) {
              const err93 = { instancePath: instancePath + "/policyKinds/" + i9, schemaPath: "#/properties/policyKinds/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            for (const key16 in data49) {
              if (!(key16 === "files" || key16 === "kind")) {
                const err94 = { instancePath: instancePath + "/policyKinds/" + i9, schemaPath: "#/properties/policyKinds/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data49.files !== void 0) {
              if (typeof data49.files !== "string") {
                const err95 = { instancePath: instancePath + "/policyKinds/" + i9 + "/files", schemaPath: "#/properties/policyKinds/items/properties/files/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data49.kind !== void 0) {
              let data51 = data49.kind;
              if (!(data51 === "identity" || data51 === "resource" || data51 === "trust" || data51 === "scp" || data51 === "rcp")) {
                const err96 = { instancePath: instancePath + "/policyKinds/" + i9 + "/kind", schemaPath: "#/properties/policyKinds/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.policyKinds.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/policyKinds/" + i9, schemaPath: "#/properties/policyKinds/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
      } else {
        const err98 = { instancePath: instancePath + "/policyKinds", schemaPath: "#/properties/policyKinds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.trustedAccounts !== void 0) {
      let data52 = data.trustedAccounts;
      if (Array.isArray(data52)) {
        const len10 = data52.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data53 = data52[i10];
          if (typeof data53 === "string") {
            if (!pattern1.test(data53)) {
              const err99 = { instancePath: instancePath + "/trustedAccounts/" + i10, schemaPath: "#/properties/trustedAccounts/items/pattern", keyword: "pattern", params: { pattern: "^\\d{12}$" }, message: 'must match pattern "^\\d{12}$"' };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          } else {
            const err100 = { instancePath: instancePath + "/trustedAccounts/" + i10, schemaPath: "#/properties/trustedAccounts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = { instancePath: instancePath + "/trustedAccounts", schemaPath: "#/properties/trustedAccounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.strict !== void 0) {
      if (typeof data.strict !== "boolean") {
        const err102 = { instancePath: instancePath + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    if (data.accessAnalyzer !== void 0) {
      let data55 = data.accessAnalyzer;
      if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
        for (const key17 in data55) {
          if (!(key17 === "enabled" || key17 === "region" || key17 === "checkNoPublicAccess" || key17 === "accessNotGranted")) {
            const err103 = { instancePath: instancePath + "/accessAnalyzer", schemaPath: "#/properties/accessAnalyzer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data55.enabled !== void 0) {
          if (typeof data55.enabled !== "boolean") {
            const err104 = { instancePath: instancePath + "/accessAnalyzer/enabled", schemaPath: "#/properties/accessAnalyzer/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data55.region !== void 0) {
          if (typeof data55.region !== "string") {
            const err105 = { instancePath: instancePath + "/accessAnalyzer/region", schemaPath: "#/properties/accessAnalyzer/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
        if (data55.checkNoPublicAccess !== void 0) {
          if (typeof data55.checkNoPublicAccess !== "boolean") {
            const err106 = { instancePath: instancePath + "/accessAnalyzer/checkNoPublicAccess", schemaPath: "#/properties/accessAnalyzer/properties/checkNoPublicAccess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data55.accessNotGranted !== void 0) {
          let data59 = data55.accessNotGranted;
          if (Array.isArray(data59)) {
            const len11 = data59.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data60 = data59[i11];
              if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                if (data60.addresses === void 0) {
                  const err107 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/required", keyword: "required", params: { missingProperty: "addresses" }, message: "must have required property 'addresses'" };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
                for (const key18 in data60) {
                  if (!(key18 === "addresses" || key18 === "actions" || key18 === "resources")) {
                    const err108 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data60.addresses !== void 0) {
                  let data61 = data60.addresses;
                  if (Array.isArray(data61)) {
                    const len12 = data61.length;
                    for (let i12 = 0; i12 < len12; i12++) {
                      if (typeof data61[i12] !== "string") {
                        const err109 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/addresses/" + i12, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err109];
                        } else {
                          vErrors.push(err109);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err110 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/addresses", schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data60.actions !== void 0) {
                  let data63 = data60.actions;
                  if (Array.isArray(data63)) {
                    const len13 = data63.length;
                    for (let i13 = 0; i13 < len13; i13++) {
                      if (typeof data63[i13] !== "string") {
                        const err111 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/actions/" + i13, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err112 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/actions", schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data60.resources !== void 0) {
                  let data65 = data60.resources;
                  if (Array.isArray(data65)) {
                    const len14 = data65.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                      if (typeof data65[i14] !== "string") {
                        const err113 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/resources/" + i14, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err113];
                        } else {
                          vErrors.push(err113);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err114 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/resources", schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
              } else {
                const err115 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted", schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
      } else {
        const err117 = { instancePath: instancePath + "/accessAnalyzer", schemaPath: "#/properties/accessAnalyzer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
  } else {
    const err118 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err118];
    } else {
      vErrors.push(err118);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
export {
  validate_generated_default as default,
  validate
};
