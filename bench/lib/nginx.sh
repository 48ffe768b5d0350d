# Sourced by the bench scripts: a throw-away nginx (Debian's nginx-light, plus libnginx-mod-http-echo where a
# script needs echo_sleep) on 127.0.0.1, one worker pinned to a core, logging to its own folder.
#
# start_nginx WORK PORT CORE 'LOCATION BODY' [LOG_FORMAT]
#   Serves `location / { LOCATION BODY }` on 127.0.0.1:PORT; the access log is WORK/access.log, written with
#   LOG_FORMAT (default nginx's "combined"), flushed every second. Sets NGINX_PID (the master; its one worker is
#   the only child). stop_nginx stops it.

NGINX_PID=""

start_nginx() {
    local work=$1 port=$2 core=$3 location=$4 format=${5:-}
    local echo_module=/usr/lib/nginx/modules/ngx_http_echo_module.so
    local log_name=combined
    [ -n "$format" ] && log_name=bench
    mkdir -p "$work/tmp"
    {
        [ -f "$echo_module" ] && echo "load_module $echo_module;"
        cat <<CONF
worker_processes 1;
daemon off;
user root;
pid $work/nginx.pid;
error_log $work/error.log warn;
worker_rlimit_nofile 65536;
events { worker_connections 16384; }
http {
    ${format:+log_format bench '$format';}
    access_log $work/access.log $log_name buffer=256k flush=1s;
    client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
    uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
    keepalive_requests 100000000;
    keepalive_timeout 120s;
    server {
        listen 127.0.0.1:$port backlog=8192;
        location / { $location }
    }
}
CONF
    } >"$work/nginx.conf"
    taskset -c "$core" nginx -c "$work/nginx.conf" -p "$work" &
    NGINX_PID=$!
    for _ in $(seq 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        sleep 0.1
    done
    echo "nginx did not start; see $work/error.log" >&2
    cat "$work/error.log" >&2
    return 1
}

# The worker process (what SIGSTOP must stop to stall the server).
nginx_worker_pid() {
    pgrep -P "$NGINX_PID" | head -n 1
}

stop_nginx() {
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
}
