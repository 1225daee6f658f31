import {
  AnalyzerCache,
  cacheFileFor,
  userCacheDir
} from "./chunk-WAPO7KSV.js";
export {
  AnalyzerCache,
  cacheFileFor,
  userCacheDir
};
