// judge.mjs drives the built webex-mcp binary with the official TypeScript
// MCP SDK, a client we did not write, against the in-process emulator: for
// every agent of the example policy and for a full-access agent, over stdio
// and over streamable HTTP, it lists the tools with the SDK's strict
// listTools (zod-validated, output schemas compiled by Ajv), calls a read, a
// write and a denied tool, lets callTool validate each structuredContent
// against the tool's outputSchema, and, where toolsets are left to enable,
// enables one and lists and calls its tools.
//
// usage: node judge.mjs --bin PATH/webex-mcp --policy examples/mcp/policy.yaml
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const { values: opts } = parseArgs({
  options: { bin: { type: "string" }, policy: { type: "string" } },
});
if (!opts.bin || !opts.policy) {
  console.error("usage: node judge.mjs --bin PATH/webex-mcp --policy POLICY.yaml");
  process.exit(2);
}

const FULL = "judge-full";
const sha256 = (s) => createHash("sha256").update(s).digest("hex");

// judgePolicy returns the example policy with an HTTP key for every agent
// (any key_sha256 it had is replaced) and a full-access agent appended.
function judgePolicy(text) {
  const keys = {};
  const out = [];
  let agent = null;
  for (const line of text.split("\n")) {
    const m = /^  ([A-Za-z0-9_.-]+):\s*(#.*)?$/.exec(line);
    if (m) agent = m[1];
    if (/^    key_sha256:/.test(line)) continue;
    out.push(line);
    if (agent && /^    token_env:/.test(line)) {
      keys[agent] = randomBytes(16).toString("hex");
      out.push(`    key_sha256: ${sha256(keys[agent])}`);
    }
  }
  keys[FULL] = randomBytes(16).toString("hex");
  out.push(
    `  ${FULL}:`,
    `    token_env: JUDGE_FULL_TOKEN`,
    `    key_sha256: ${sha256(keys[FULL])}`,
    `    grants: {messages: full, spaces: full, memberships: full, people: full, teams: full, meetings: full, recordings: full, webhooks: full, events: full}`,
    "",
  );
  return { text: out.join("\n"), keys };
}

const failures = [];
function check(cond, what) {
  if (!cond) failures.push(what);
  return cond;
}

const textOf = (res) => (res.content ?? []).filter((c) => c.type === "text").map((c) => c.text).join("\n");

// judgeAgent runs the plan for one connected agent.
async function judgeAgent(client, agent, via) {
  const where = `${agent} over ${via}`;
  const { tools } = await client.listTools();
  const listed = new Map(tools.map((t) => [t.name, t]));
  const bytes = JSON.stringify({ tools }).length;
  check(tools.length > 0, `${where}: no tools listed`);
  for (const t of tools) {
    check(t.inputSchema?.type === "object", `${where}: ${t.name} input schema is not an object`);
    check(!t.outputSchema || t.outputSchema.type === "object", `${where}: ${t.name} output schema is not an object`);
  }

  // A read.
  const read = ["spaces_list", "events_list", "people_me", "meetings_list"].find((n) => listed.has(n));
  let room = "";
  if (check(read, `${where}: no read tool listed`)) {
    const res = await client.callTool({ name: read, arguments: read === "people_me" ? {} : { limit: 5 } });
    check(!res.isError, `${where}: ${read} failed: ${textOf(res)}`);
    check(res.structuredContent, `${where}: ${read} has no structuredContent`);
    if (read === "spaces_list") {
      const items = res.structuredContent.items ?? [];
      room = (items.find((s) => s.title === "Q3 Planning") ?? items[0] ?? {}).id ?? "";
    }
  }

  // A write: allowed when listed, otherwise refused by the policy.
  const write = { name: "messages_create", arguments: { roomId: room || "Y2lzY29zcGFyazovL3VzL1JPT00vbm9uZQ", text: `judge ${via}` } };
  const wres = await client.callTool(write);
  if (listed.has("messages_create")) {
    check(!wres.isError, `${where}: messages_create failed: ${textOf(wres)}`);
    check(wres.structuredContent?.id, `${where}: messages_create returned no id`);
  } else {
    check(wres.isError && /denied/.test(textOf(wres)), `${where}: messages_create should be denied: ${textOf(wres)}`);
  }

  // A denied tool: messages_delete unless granted; for the full-access agent,
  // a tool that does not exist. Either way the server goes on serving.
  if (!listed.has("messages_delete")) {
    const res = await client.callTool({ name: "messages_delete", arguments: { messageId: "x" } });
    check(res.isError && /denied|enable/.test(textOf(res)), `${where}: messages_delete should be refused: ${textOf(res)}`);
  } else {
    let refused = false;
    try {
      const res = await client.callTool({ name: "messages_nuke", arguments: {} });
      refused = res.isError;
    } catch {
      refused = true;
    }
    check(refused, `${where}: an unknown tool should be refused`);
  }

  // Bad input gets a tool error, and the server keeps serving.
  if (listed.has("messages_create")) {
    const res = await client.callTool({ name: "messages_create", arguments: { roomId: 42 } });
    check(res.isError, `${where}: messages_create with roomId 42 should fail`);
  }
  if (read) {
    const res = await client.callTool({ name: read, arguments: read === "people_me" ? {} : { limit: 1 } });
    check(!res.isError, `${where}: ${read} after errors failed: ${textOf(res)}`);
  }
  // Dynamic discovery: enabling a toolset lists its tools, validated again.
  let enabled = "";
  if (listed.has("toolsets_enable") && !listed.has("teams_list")) {
    const res = await client.callTool({ name: "toolsets_enable", arguments: { toolset: "teams" } });
    check(!res.isError, `${where}: toolsets_enable teams failed: ${textOf(res)}`);
    const after = await client.listTools();
    check(after.tools.some((t) => t.name === "teams_list"), `${where}: teams_list not listed after toolsets_enable`);
    const tl = await client.callTool({ name: "teams_list", arguments: { limit: 5 } });
    check(!tl.isError, `${where}: teams_list failed: ${textOf(tl)}`);
    enabled = `; enabled teams (${after.tools.length} tools)`;
  }
  console.log(`ok  ${where}: ${tools.length} tools, tools/list ${bytes} bytes; read ${read}, write, denied${enabled}`);
}

function newClient() {
  return new Client({ name: "webex-mcp-tsjudge", version: "1.0.0" }, { enforceStrictCapabilities: true });
}

async function overStdio(policyPath, agent) {
  const transport = new StdioClientTransport({
    command: opts.bin,
    args: ["--emulator", "--policy", policyPath, "--agent", agent, "--audit", "/dev/null"],
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (d) => (stderr += d));
  const client = newClient();
  try {
    await client.connect(transport);
    await judgeAgent(client, agent, "stdio");
  } catch (err) {
    failures.push(`${agent} over stdio: ${err.message}\n${stderr}`);
  } finally {
    await client.close();
  }
}

// startHTTP starts webex-mcp on a free loopback port and resolves to its URL.
function startHTTP(policyPath) {
  const proc = spawn(opts.bin, ["--emulator", "--policy", policyPath, "--http", "127.0.0.1:0", "--audit", "/dev/null"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const url = new Promise((resolve, reject) => {
    proc.stderr.on("data", (d) => {
      stderr += d;
      const m = /serving MCP over streamable HTTP on (http:\/\/\S+)/.exec(stderr);
      if (m) resolve(m[1]);
    });
    proc.on("exit", (code) => reject(new Error(`webex-mcp --http exited ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`webex-mcp --http did not start: ${stderr}`)), 30000).unref();
  });
  return { proc, url };
}

async function overHTTP(url, agent, key) {
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { Authorization: `Bearer ${key}` } },
  });
  const client = newClient();
  try {
    await client.connect(transport);
    await judgeAgent(client, agent, "http");
  } catch (err) {
    failures.push(`${agent} over http: ${err.message}`);
  } finally {
    await client.close();
  }
}

const { text, keys } = judgePolicy(readFileSync(opts.policy, "utf8"));
const dir = mkdtempSync(join(tmpdir(), "tsjudge-"));
const policyPath = join(dir, "policy.yaml");
writeFileSync(policyPath, text, { mode: 0o600 });
const agents = Object.keys(keys);

await Promise.all(agents.map((a) => overStdio(policyPath, a)));
const http = startHTTP(policyPath);
try {
  const url = await http.url;
  await Promise.all(agents.map((a) => overHTTP(url, a, keys[a])));
} catch (err) {
  failures.push(err.message);
} finally {
  http.proc.kill("SIGTERM");
}

if (failures.length) {
  console.error(`tsjudge: ${failures.length} failures:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`tsjudge: ${agents.length} agents x 2 transports passed with @modelcontextprotocol/sdk's strict client`);
