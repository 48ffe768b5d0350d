#!/usr/bin/env python3
"""Server-side truth at microsecond resolution, taken off the wire: reads a loopback capture (tcpdump -w, nanosecond
timestamps, only segments carrying data) and pairs each request segment sent to PORT with the next response segment
on the same connection (HTTP/1.1 keep-alive, one request in flight per connection). Writes one latency per line, in
milliseconds, to OUT.

Usage: wire_latency.py CAPTURE.pcap PORT OUT.txt
"""
import struct
import sys

path, port, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
data = open(path, "rb").read()
magic = struct.unpack_from("<I", data, 0)[0]
if magic not in (0xA1B2C3D4, 0xA1B23C4D):
    sys.exit(f"{path}: not a little-endian pcap file")
nano = magic == 0xA1B23C4D
link = struct.unpack_from("<I", data, 20)[0]
link_header = {1: 14, 113: 16, 276: 20}.get(link)  # Ethernet (lo), Linux cooked v1 and v2
if link_header is None:
    sys.exit(f"{path}: unexpected link type {link}")
offset = 24
request_sent = {}
latencies = []
while offset + 16 <= len(data):
    seconds, fraction, captured, _ = struct.unpack_from("<IIII", data, offset)
    offset += 16
    packet = data[offset:offset + captured]
    offset += captured
    t = seconds + fraction * (1e-9 if nano else 1e-6)
    ip = link_header
    if len(packet) < ip + 20 or packet[ip] >> 4 != 4:
        continue
    tcp = ip + (packet[ip] & 0x0F) * 4
    source, destination = struct.unpack_from(">HH", packet, tcp)
    if destination == port:
        request_sent.setdefault(source, t)  # a request in several segments counts from its first
    elif source == port and destination in request_sent:
        latencies.append((t - request_sent.pop(destination)) * 1000.0)
with open(out, "w") as f:
    f.write("\n".join(f"{v:.4f}" for v in latencies))
print(f"{len(latencies)} request/response pairs on the wire")
