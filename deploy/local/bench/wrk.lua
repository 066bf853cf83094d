-- bench.sh's wrk script: one scenario per run (wrk ... -s wrk.lua URL -- SCENARIO). Each thread builds its own
-- requests, every one with the token and, for a write, a fresh Idempotency-Key; done() prints one RESULT line
-- (and up to three SAMPLE lines of refused requests) for bench.sh to read. What set-up made comes in the environment:
--   BENCH_TOKEN        a caseworker's token of BENCH_ORG (kommun-0583)
--   BENCH_SEED         a number of this wrk run: its keys and personal identity numbers are its own
--   BENCH_PLANS        the write plans, comma-separated; BENCH_PERSON their person (a consent covers them)
--   BENCH_READ_PLAN    the plan the reads read; BENCH_READ_PERSON its person
--   BENCH_TODAY        today (YYYY-MM-DD), the day consents apply from
--   BENCH_DAY          a day a month ahead (YYYY-MM-DD): meetings are booked on it, actions are due on it
--   BENCH_THREADS      wrk's thread count

local scenario
local token = os.getenv("BENCH_TOKEN")
local seed = tonumber(os.getenv("BENCH_SEED") or "0")
local org = os.getenv("BENCH_ORG") or "kommun-0583"
local region = os.getenv("BENCH_REGION") or "region-ostergotland"
local day = os.getenv("BENCH_DAY")
local today = os.getenv("BENCH_TODAY")
local thread_total = tonumber(os.getenv("BENCH_THREADS") or "1")
local plans = {}
local n = 0
-- Globals, not locals: done() reads them from each thread with thread:get.
non2xx = 0
samples = {}

-- ---- in the main state: number the threads, then collect their counts ----
local threads = {}
local thread_count = 0

function setup(thread)
   thread:set("tid", thread_count)
   thread_count = thread_count + 1
   table.insert(threads, thread)
end

-- ---- a valid Swedish personal identity number for every request: born 1950-1999, Luhn check digit ----
local DAYS = 18262 -- 1950-01-01 .. 1999-12-31

-- The civil date of a day number counted from 1970-01-01 (H. Hinnant's algorithm, integers only).
local function civil(z)
   z = z + 719468
   local era = math.floor(z / 146097)
   local doe = z - era * 146097
   local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
   local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
   local mp = math.floor((5 * doy + 2) / 153)
   local d = doy - math.floor((153 * mp + 2) / 5) + 1
   local m = mp < 10 and mp + 3 or mp - 9
   local y = yoe + era * 400 + (m <= 2 and 1 or 0)
   return y, m, d
end

local function luhn(nine)
   local sum = 0
   for i = 1, 9 do
      local d = tonumber(nine:sub(i, i)) * ((i % 2 == 1) and 2 or 1)
      sum = sum + math.floor(d / 10) + d % 10
   end
   return (10 - sum % 10) % 10
end

-- The k-th number of this run; distinct for k below DAYS * 1000.
local function person_number(k)
   local idx = (seed + k) % (DAYS * 1000)
   local y, m, d = civil(idx % DAYS - 7305) -- 1950-01-01 is day -7305
   local serial = math.floor(idx / DAYS) % 1000
   local nine = string.format("%02d%02d%02d%03d", y % 100, m, d, serial)
   return string.format("%04d%02d%02d%03d%d", y, m, d, serial, luhn(nine))
end

-- ---- the scenarios: each returns method, path, body (nil for a GET) ----
local builders = {}

builders.consent = function(k)
   return "POST", "/api/v1/consents", string.format([[{"personId": "%s", "decision": "GRANTED",
 "givenBy": {"role": "INDIVIDUAL"}, "form": "WRITTEN", "validFrom": "%s",
 "purposes": ["CONVENE_MEETING", "SHARE_INFORMATION"],
 "parties": [{"orgId": "%s", "orgType": "MUNICIPALITY", "name": "Motala kommun"},
             {"orgId": "%s", "orgType": "REGION", "name": "Beroendemottagningen"}]}]],
      person_number(k), today, org, region)
end

builders.action = function(k)
   local plan = plans[n % #plans + 1]
   return "POST", "/api/v1/plans/" .. plan .. "/actions", string.format([[{"lifeArea": "HOUSING",
 "intervention": "HOUSING_SUPPORT", "description": "Boendestöd %d", "responsibleOrgId": "%s",
 "dueOn": "%s", "status": "PLANNED"}]], k, org, day)
end

builders.meeting = function(k)
   local plan = plans[n % #plans + 1]
   -- Office hours of the one day, a quarter of an hour apart: the same times may be booked twice, as in life.
   local slot = k % 32
   return "POST", "/api/v1/meetings", string.format([[{"planId": "%s", "personId": "%s", "type": "SIP",
 "startsAt": "%sT%02d:%02d:00+01:00", "durationMinutes": 60, "format": "PHYSICAL", "location": "Stadshuset, rum 3",
 "invitees": [{"kind": "INDIVIDUAL", "name": "Den enskilde"},
   {"kind": "PARTY", "orgId": "%s", "orgType": "MUNICIPALITY", "name": "Motala kommun"},
   {"kind": "PARTY", "orgId": "%s", "orgType": "REGION", "name": "Beroendemottagningen"}],
 "chair": "Karin Lund", "chairOrgId": "%s", "noteTaker": "Per Ek", "noteTakerOrgId": "%s",
 "adjusters": [{"name": "Karin Lund", "orgId": "%s"}, {"name": "Eva Holm", "orgId": "%s"}]}]],
      plan, os.getenv("BENCH_PERSON"), day, 8 + math.floor(slot / 4), (slot % 4) * 15,
      org, region, org, org, org, region)
end

builders.plan = function()
   return "GET", "/api/v1/plans/" .. os.getenv("BENCH_READ_PLAN")
end

builders.schedule = function()
   return "GET", "/api/v1/plans/" .. os.getenv("BENCH_READ_PLAN") .. "/schedule"
end

builders.search = function()
   return "POST", "/api/v1/plans/search", string.format([[{"personId": "%s"}]], os.getenv("BENCH_READ_PERSON"))
end

-- A search is a read; it is the only POST sent without an Idempotency-Key (it is never stored for a replay).
local writes = { consent = true, action = true, meeting = true }

function init(args)
   scenario = args[1]
   if not builders[scenario] then
      error("unknown scenario '" .. tostring(scenario) .. "'")
   end
   for id in string.gmatch(os.getenv("BENCH_PLANS") or "", "[^,]+") do
      table.insert(plans, id)
   end
   -- This thread's share of the write plans, so that no two threads add to one plan at once.
   local mine = {}
   for i, id in ipairs(plans) do
      if (i - 1) % thread_total == tid then table.insert(mine, id) end
   end
   if #mine > 0 then plans = mine end
end

function request()
   -- k numbers this request across the threads: distinct personal identity numbers and keys.
   local k = n * thread_total + tid
   local method, path, body = builders[scenario](k)
   n = n + 1
   local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
   if body then headers["Content-Type"] = "application/json" end
   if writes[scenario] then headers["Idempotency-Key"] = string.format("bench-%d-%d", seed, k) end
   return wrk.format(method, path, headers, body)
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
      if #samples < 3 then
         table.insert(samples, status .. " " .. string.sub((body or ""):gsub("%s+", " "), 1, 300))
      end
   end
end

function done(summary, latency, requests)
   local bad, sample_lines = 0, {}
   for _, t in ipairs(threads) do
      bad = bad + (t:get("non2xx") or 0)
      for _, s in ipairs(t:get("samples") or {}) do
         if #sample_lines < 3 then table.insert(sample_lines, s) end
      end
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket=%d\n",
      summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, bad, e.connect + e.read + e.write + e.timeout))
   for _, s in ipairs(sample_lines) do
      io.write("SAMPLE " .. s .. "\n")
   end
end
