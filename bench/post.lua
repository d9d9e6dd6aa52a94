-- wrk script: POST the request body in the file named by the BODY environment variable.
-- Prints nothing itself; bench/run reads wrk's --latency output.
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("API_KEY")
