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

export {
  UsageError,
  HELP,
  parseCli
};
