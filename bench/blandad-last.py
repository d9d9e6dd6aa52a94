#!/usr/bin/env python3
# Mixed load for the memory-flatness measurement (README "Performance", issue 14), Python 3 stdlib only:
# 45 % calculations, 10 % stored calculations, 20 % reads of a table, 25 % ping, from N keep-alive clients, with
# the service's RSS and VmHWM printed every 10 s. The service runs in the dev environment (its demo keys):
#   MALLOC_ARENA_MAX=2 MICRONAUT_ENVIRONMENTS=dev RIKSNORM_PORT=18111 RIKSNORM_DATABASE_PATH=/tmp/last/r.db \
#     java $(cat bench/jvm.options) -jar target/riksnorm-0.1.0.jar &
#   bench/blandad-last.py 18111 300 8 $(pgrep -f riksnorm-0.1.0.jar)      # port, seconds, clients, pid
import http.client, json, sys, threading, time, collections, random
port=int(sys.argv[1]); sek=float(sys.argv[2]); n=int(sys.argv[3]); pid=sys.argv[4]
hush=json.dumps({"kommun":"nykoping","manad":"2023-03","medlemmar":[{"alder":40,"roll":"SOKANDE"},{"alder":8,"roll":"BARN"},{"alder":3,"roll":"BARN"}],"kostnader":[{"typ":"BOENDE","belopp":7200}],"inkomster":[{"typ":"LON","belopp":9000,"jobbstimulans":True}]})
res=collections.Counter(); lock=threading.Lock(); slut=time.time()+sek
H={"Content-Type":"application/json","X-API-Key":"handlaggare-demo"}
def w():
    c=http.client.HTTPConnection("127.0.0.1",port)
    while time.time()<slut:
        r=random.random()
        if r<0.45: c.request("POST","/api/v1/berakningar/forsorjningsstod",hush,H)
        elif r<0.55: c.request("POST","/api/v1/berakningar/forsorjningsstod?spara=true",hush,H)
        elif r<0.75: c.request("GET","/api/v1/kommuner/nykoping/fordelningar/2023",headers=H)
        else: c.request("GET","/api/v1/ping",headers=H)
        s=c.getresponse(); s.read()
        with lock: res[s.status]+=1
def rss():
    d={}
    for l in open("/proc/%s/status"%pid):
        k,v=l.split(":",1); d[k]=v.strip()
    return d["VmRSS"], d["VmHWM"]
ts=[threading.Thread(target=w) for _ in range(n)]
[t.start() for t in ts]
t0=time.time()
while time.time()<slut:
    time.sleep(10); print("t=%4ds RSS %s HWM %s requests %d" % (time.time()-t0, *rss(), sum(res.values())), flush=True)
[t.join() for t in ts]
print(dict(res), "per s", sum(res.values())/sek)
