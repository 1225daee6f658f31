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
var validate = validate21;
var validate_generated_default = validate21;
var schema6 = { "$id": "https://policylint.dev/schema/policylintrc.json", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "rules": { "type": "object", "additionalProperties": false, "properties": { "wildcard-principal": { "$ref": "#/definitions/setting" }, "principal-arn-pattern": { "$ref": "#/definitions/setting" }, "group-mfa": { "$ref": "#/definitions/setting" }, "ecr-scope": { "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] }, "options": { "type": "object", "additionalProperties": false, "properties": { "ecrPolicyAddresses": { "type": "array", "items": { "type": "string" } }, "adminAddresses": { "type": "array", "items": { "type": "string" } } } } } }] }, "principal-grammar": { "$ref": "#/definitions/setting" }, "oidc-trust": { "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] }, "options": { "type": "object", "additionalProperties": false, "properties": { "trustedGitHubOrganizations": { "type": "array", "items": { "type": "string" } }, "trustedGitLabGroups": { "type": "array", "items": { "type": "string" } }, "trustedTerraformOrganizations": { "type": "array", "items": { "type": "string" } }, "anyRefOfRepository": { "enum": ["note", "off"], "default": "note" } } } } }] }, "policy-grammar": { "$ref": "#/definitions/setting" }, "parse-error": { "$ref": "#/definitions/setting" }, "suppression": { "$ref": "#/definitions/setting" }, "unresolved": { "$ref": "#/definitions/setting" }, "policy-size": { "$ref": "#/definitions/setting" } } }, "include": { "type": "array", "items": { "type": "string" } }, "exclude": { "type": "array", "items": { "type": "string" } }, "ignores": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files", "rules", "reason"], "properties": { "files": { "type": "string" }, "rules": { "type": "array", "items": { "type": "string" }, "minItems": 1 }, "reason": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } }, "policyKinds": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files", "kind"], "properties": { "files": { "type": "string" }, "kind": { "enum": ["identity", "resource", "trust", "scp", "rcp"] } } } }, "trustedAccounts": { "type": "array", "items": { "type": "string", "pattern": "^\\d{12}$" } }, "strict": { "type": "boolean" }, "accessAnalyzer": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "region": { "type": "string" }, "checkNoPublicAccess": { "type": "boolean" }, "accessNotGranted": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["addresses"], "properties": { "addresses": { "type": "array", "items": { "type": "string" } }, "actions": { "type": "array", "items": { "type": "string" } }, "resources": { "type": "array", "items": { "type": "string" } } } } } } } }, "definitions": { "setting": { "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] } } };
var func2 = Object.prototype.hasOwnProperty;
var func4 = runtime0.default;
var schema7 = { "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!(data === "off" || data === "error" || data === "warning" || data === "note")) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema7.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "severity")) {
        const err1 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data0 = data.severity;
      if (!(data0 === "off" || data0 === "error" || data0 === "warning" || data0 === "note")) {
        const err2 = { instancePath: instancePath + "/severity", schemaPath: "#/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema7.oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern1 = new RegExp("^\\d{12}$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema6.properties, key0)) {
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
          if (!func2.call(schema6.properties.rules.properties, key1)) {
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
          if (!validate22(data1["wildcard-principal"], { instancePath: instancePath + "/rules/wildcard-principal", parentData: data1, parentDataProperty: "wildcard-principal", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data1["principal-arn-pattern"] !== void 0) {
          if (!validate22(data1["principal-arn-pattern"], { instancePath: instancePath + "/rules/principal-arn-pattern", parentData: data1, parentDataProperty: "principal-arn-pattern", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data1["group-mfa"] !== void 0) {
          if (!validate22(data1["group-mfa"], { instancePath: instancePath + "/rules/group-mfa", parentData: data1, parentDataProperty: "group-mfa", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data1["ecr-scope"] !== void 0) {
          let data5 = data1["ecr-scope"];
          const _errs11 = errors;
          let valid2 = false;
          let passing0 = null;
          const _errs12 = errors;
          if (!(data5 === "off" || data5 === "error" || data5 === "warning" || data5 === "note")) {
            const err3 = { instancePath: instancePath + "/rules/ecr-scope", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema6.properties.rules.properties["ecr-scope"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var _valid0 = _errs12 === errors;
          if (_valid0) {
            valid2 = true;
            passing0 = 0;
          }
          const _errs13 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              if (!(key2 === "severity" || key2 === "options")) {
                const err4 = { instancePath: instancePath + "/rules/ecr-scope", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data5.severity !== void 0) {
              let data6 = data5.severity;
              if (!(data6 === "off" || data6 === "error" || data6 === "warning" || data6 === "note")) {
                const err5 = { instancePath: instancePath + "/rules/ecr-scope/severity", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.properties.rules.properties["ecr-scope"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data5.options !== void 0) {
              let data7 = data5.options;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key3 in data7) {
                  if (!(key3 === "ecrPolicyAddresses" || key3 === "adminAddresses")) {
                    const err6 = { instancePath: instancePath + "/rules/ecr-scope/options", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
                if (data7.ecrPolicyAddresses !== void 0) {
                  let data8 = data7.ecrPolicyAddresses;
                  if (Array.isArray(data8)) {
                    const len0 = data8.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      if (typeof data8[i0] !== "string") {
                        const err7 = { instancePath: instancePath + "/rules/ecr-scope/options/ecrPolicyAddresses/" + i0, schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/properties/ecrPolicyAddresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err8 = { instancePath: instancePath + "/rules/ecr-scope/options/ecrPolicyAddresses", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/properties/ecrPolicyAddresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data7.adminAddresses !== void 0) {
                  let data10 = data7.adminAddresses;
                  if (Array.isArray(data10)) {
                    const len1 = data10.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data10[i1] !== "string") {
                        const err9 = { instancePath: instancePath + "/rules/ecr-scope/options/adminAddresses/" + i1, schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/properties/adminAddresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err10 = { instancePath: instancePath + "/rules/ecr-scope/options/adminAddresses", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/properties/adminAddresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
              } else {
                const err11 = { instancePath: instancePath + "/rules/ecr-scope/options", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/rules/ecr-scope", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid0 = _errs13 === errors;
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
            const err13 = { instancePath: instancePath + "/rules/ecr-scope", schemaPath: "#/properties/rules/properties/ecr-scope/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          } else {
            errors = _errs11;
            if (vErrors !== null) {
              if (_errs11) {
                vErrors.length = _errs11;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["principal-grammar"] !== void 0) {
          if (!validate22(data1["principal-grammar"], { instancePath: instancePath + "/rules/principal-grammar", parentData: data1, parentDataProperty: "principal-grammar", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data1["oidc-trust"] !== void 0) {
          let data13 = data1["oidc-trust"];
          const _errs30 = errors;
          let valid9 = false;
          let passing1 = null;
          const _errs31 = errors;
          if (!(data13 === "off" || data13 === "error" || data13 === "warning" || data13 === "note")) {
            const err14 = { instancePath: instancePath + "/rules/oidc-trust", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema6.properties.rules.properties["oidc-trust"].oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var _valid1 = _errs31 === errors;
          if (_valid1) {
            valid9 = true;
            passing1 = 0;
          }
          const _errs32 = errors;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key4 in data13) {
              if (!(key4 === "severity" || key4 === "options")) {
                const err15 = { instancePath: instancePath + "/rules/oidc-trust", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data13.severity !== void 0) {
              let data14 = data13.severity;
              if (!(data14 === "off" || data14 === "error" || data14 === "warning" || data14 === "note")) {
                const err16 = { instancePath: instancePath + "/rules/oidc-trust/severity", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema6.properties.rules.properties["oidc-trust"].oneOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data13.options !== void 0) {
              let data15 = data13.options;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                for (const key5 in data15) {
                  if (!(key5 === "trustedGitHubOrganizations" || key5 === "trustedGitLabGroups" || key5 === "trustedTerraformOrganizations" || key5 === "anyRefOfRepository")) {
                    const err17 = { instancePath: instancePath + "/rules/oidc-trust/options", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data15.trustedGitHubOrganizations !== void 0) {
                  let data16 = data15.trustedGitHubOrganizations;
                  if (Array.isArray(data16)) {
                    const len2 = data16.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data16[i2] !== "string") {
                        const err18 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedGitHubOrganizations/" + i2, schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedGitHubOrganizations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedGitHubOrganizations", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedGitHubOrganizations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data15.trustedGitLabGroups !== void 0) {
                  let data18 = data15.trustedGitLabGroups;
                  if (Array.isArray(data18)) {
                    const len3 = data18.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data18[i3] !== "string") {
                        const err20 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedGitLabGroups/" + i3, schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedGitLabGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedGitLabGroups", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedGitLabGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data15.trustedTerraformOrganizations !== void 0) {
                  let data20 = data15.trustedTerraformOrganizations;
                  if (Array.isArray(data20)) {
                    const len4 = data20.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      if (typeof data20[i4] !== "string") {
                        const err22 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedTerraformOrganizations/" + i4, schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedTerraformOrganizations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/rules/oidc-trust/options/trustedTerraformOrganizations", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/trustedTerraformOrganizations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data15.anyRefOfRepository !== void 0) {
                  let data22 = data15.anyRefOfRepository;
                  if (!(data22 === "note" || data22 === "off")) {
                    const err24 = { instancePath: instancePath + "/rules/oidc-trust/options/anyRefOfRepository", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/properties/anyRefOfRepository/enum", keyword: "enum", params: { allowedValues: schema6.properties.rules.properties["oidc-trust"].oneOf[1].properties.options.properties.anyRefOfRepository.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/rules/oidc-trust/options", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/rules/oidc-trust", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          var _valid1 = _errs32 === errors;
          if (_valid1 && valid9) {
            valid9 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid9 = true;
              passing1 = 1;
            }
          }
          if (!valid9) {
            const err27 = { instancePath: instancePath + "/rules/oidc-trust", schemaPath: "#/properties/rules/properties/oidc-trust/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          } else {
            errors = _errs30;
            if (vErrors !== null) {
              if (_errs30) {
                vErrors.length = _errs30;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["policy-grammar"] !== void 0) {
          if (!validate22(data1["policy-grammar"], { instancePath: instancePath + "/rules/policy-grammar", parentData: data1, parentDataProperty: "policy-grammar", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data1["parse-error"] !== void 0) {
          if (!validate22(data1["parse-error"], { instancePath: instancePath + "/rules/parse-error", parentData: data1, parentDataProperty: "parse-error", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data1.suppression !== void 0) {
          if (!validate22(data1.suppression, { instancePath: instancePath + "/rules/suppression", parentData: data1, parentDataProperty: "suppression", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data1.unresolved !== void 0) {
          if (!validate22(data1.unresolved, { instancePath: instancePath + "/rules/unresolved", parentData: data1, parentDataProperty: "unresolved", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data1["policy-size"] !== void 0) {
          if (!validate22(data1["policy-size"], { instancePath: instancePath + "/rules/policy-size", parentData: data1, parentDataProperty: "policy-size", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data28 = data.include;
      if (Array.isArray(data28)) {
        const len5 = data28.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data28[i5] !== "string") {
            const err29 = { instancePath: instancePath + "/include/" + i5, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data30 = data.exclude;
      if (Array.isArray(data30)) {
        const len6 = data30.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data30[i6] !== "string") {
            const err31 = { instancePath: instancePath + "/exclude/" + i6, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.ignores !== void 0) {
      let data32 = data.ignores;
      if (Array.isArray(data32)) {
        const len7 = data32.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data33 = data32[i7];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.files === void 0) {
              const err33 = { instancePath: instancePath + "/ignores/" + i7, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data33.rules === void 0) {
              const err34 = { instancePath: instancePath + "/ignores/" + i7, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data33.reason === void 0) {
              const err35 = { instancePath: instancePath + "/ignores/" + i7, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            for (const key6 in data33) {
              if (!(key6 === "files" || key6 === "rules" || key6 === "reason" || key6 === "expires")) {
                const err36 = { instancePath: instancePath + "/ignores/" + i7, schemaPath: "#/properties/ignores/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data33.files !== void 0) {
              if (typeof data33.files !== "string") {
                const err37 = { instancePath: instancePath + "/ignores/" + i7 + "/files", schemaPath: "#/properties/ignores/items/properties/files/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data33.rules !== void 0) {
              let data35 = data33.rules;
              if (Array.isArray(data35)) {
                if (data35.length < 1) {
                  const err38 = { instancePath: instancePath + "/ignores/" + i7 + "/rules", schemaPath: "#/properties/ignores/items/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                const len8 = data35.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  if (typeof data35[i8] !== "string") {
                    const err39 = { instancePath: instancePath + "/ignores/" + i7 + "/rules/" + i8, schemaPath: "#/properties/ignores/items/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/ignores/" + i7 + "/rules", schemaPath: "#/properties/ignores/items/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data33.reason !== void 0) {
              let data37 = data33.reason;
              if (typeof data37 === "string") {
                if (func4(data37) < 1) {
                  const err41 = { instancePath: instancePath + "/ignores/" + i7 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/ignores/" + i7 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data33.expires !== void 0) {
              let data38 = data33.expires;
              if (typeof data38 === "string") {
                if (!pattern0.test(data38)) {
                  const err43 = { instancePath: instancePath + "/ignores/" + i7 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/ignores/" + i7 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/ignores/" + i7, schemaPath: "#/properties/ignores/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.policyKinds !== void 0) {
      let data39 = data.policyKinds;
      if (Array.isArray(data39)) {
        const len9 = data39.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data40 = data39[i9];
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.files === void 0) {
              const err47 = { instancePath: instancePath + "/policyKinds/" + i9, schemaPath: "#/properties/policyKinds/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data40.kind === void 0) {
              const err48 = { instancePath: instancePath + "/policyKinds/" + i9, schemaPath: "#/properties/policyKinds/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            for (const key7 in data40) {
              if (!(key7 === "files" || key7 === "kind")) {
                const err49 = { instancePath: instancePath + "/policyKinds/" + i9, schemaPath: "#/properties/policyKinds/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data40.files !== void 0) {
              if (typeof data40.files !== "string") {
                const err50 = { instancePath: instancePath + "/policyKinds/" + i9 + "/files", schemaPath: "#/properties/policyKinds/items/properties/files/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data40.kind !== void 0) {
              let data42 = data40.kind;
              if (!(data42 === "identity" || data42 === "resource" || data42 === "trust" || data42 === "scp" || data42 === "rcp")) {
                const err51 = { instancePath: instancePath + "/policyKinds/" + i9 + "/kind", schemaPath: "#/properties/policyKinds/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema6.properties.policyKinds.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/policyKinds/" + i9, schemaPath: "#/properties/policyKinds/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/policyKinds", schemaPath: "#/properties/policyKinds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.trustedAccounts !== void 0) {
      let data43 = data.trustedAccounts;
      if (Array.isArray(data43)) {
        const len10 = data43.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data44 = data43[i10];
          if (typeof data44 === "string") {
            if (!pattern1.test(data44)) {
              const err54 = { instancePath: instancePath + "/trustedAccounts/" + i10, schemaPath: "#/properties/trustedAccounts/items/pattern", keyword: "pattern", params: { pattern: "^\\d{12}$" }, message: 'must match pattern "^\\d{12}$"' };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/trustedAccounts/" + i10, schemaPath: "#/properties/trustedAccounts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/trustedAccounts", schemaPath: "#/properties/trustedAccounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.strict !== void 0) {
      if (typeof data.strict !== "boolean") {
        const err57 = { instancePath: instancePath + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.accessAnalyzer !== void 0) {
      let data46 = data.accessAnalyzer;
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        for (const key8 in data46) {
          if (!(key8 === "enabled" || key8 === "region" || key8 === "checkNoPublicAccess" || key8 === "accessNotGranted")) {
            const err58 = { instancePath: instancePath + "/accessAnalyzer", schemaPath: "#/properties/accessAnalyzer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data46.enabled !== void 0) {
          if (typeof data46.enabled !== "boolean") {
            const err59 = { instancePath: instancePath + "/accessAnalyzer/enabled", schemaPath: "#/properties/accessAnalyzer/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data46.region !== void 0) {
          if (typeof data46.region !== "string") {
            const err60 = { instancePath: instancePath + "/accessAnalyzer/region", schemaPath: "#/properties/accessAnalyzer/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data46.checkNoPublicAccess !== void 0) {
          if (typeof data46.checkNoPublicAccess !== "boolean") {
            const err61 = { instancePath: instancePath + "/accessAnalyzer/checkNoPublicAccess", schemaPath: "#/properties/accessAnalyzer/properties/checkNoPublicAccess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data46.accessNotGranted !== void 0) {
          let data50 = data46.accessNotGranted;
          if (Array.isArray(data50)) {
            const len11 = data50.length;
            for (let i11 = 0; i11 < len11; i11++) {
              let data51 = data50[i11];
              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                if (data51.addresses === void 0) {
                  const err62 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/required", keyword: "required", params: { missingProperty: "addresses" }, message: "must have required property 'addresses'" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                for (const key9 in data51) {
                  if (!(key9 === "addresses" || key9 === "actions" || key9 === "resources")) {
                    const err63 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data51.addresses !== void 0) {
                  let data52 = data51.addresses;
                  if (Array.isArray(data52)) {
                    const len12 = data52.length;
                    for (let i12 = 0; i12 < len12; i12++) {
                      if (typeof data52[i12] !== "string") {
                        const err64 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/addresses/" + i12, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/addresses", schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data51.actions !== void 0) {
                  let data54 = data51.actions;
                  if (Array.isArray(data54)) {
                    const len13 = data54.length;
                    for (let i13 = 0; i13 < len13; i13++) {
                      if (typeof data54[i13] !== "string") {
                        const err66 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/actions/" + i13, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err67 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/actions", schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data51.resources !== void 0) {
                  let data56 = data51.resources;
                  if (Array.isArray(data56)) {
                    const len14 = data56.length;
                    for (let i14 = 0; i14 < len14; i14++) {
                      if (typeof data56[i14] !== "string") {
                        const err68 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/resources/" + i14, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11 + "/resources", schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
              } else {
                const err70 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted/" + i11, schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/accessAnalyzer/accessNotGranted", schemaPath: "#/properties/accessAnalyzer/properties/accessNotGranted/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/accessAnalyzer", schemaPath: "#/properties/accessAnalyzer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
  } else {
    const err73 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err73];
    } else {
      vErrors.push(err73);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
export {
  validate_generated_default as default,
  validate
};
