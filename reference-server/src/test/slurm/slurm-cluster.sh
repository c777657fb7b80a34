#!/usr/bin/env bash
# A real single-node Slurm cluster on loopback, for the slurm backend's integration tests and for trying the backend
# by hand: munged, slurmctld and slurmd from Debian's packages, started directly (no systemd), as root, with every
# key, state, spool, log and pid file under one directory.
#
#   slurm-cluster.sh start    installs the packages when missing, writes the configuration, starts the daemons and
#                             waits until the node takes jobs; prints the SLURM_CONF line to export
#   slurm-cluster.sh stop     cancels the cluster's jobs and stops the daemons by the PIDs of their pid files
#   slurm-cluster.sh status   exit 0 when the cluster answers, 1 otherwise
#
# Environment: AICNET_SLURM_DIR (default /tmp/aicnet-slurm), AICNET_SLURM_PORT (slurmctld's port, default 16817;
# slurmd takes the next one), AICNET_SLURM_MIN_JOB_AGE (seconds a finished job stays in slurmctld's memory, default 5,
# short so that the tests see finished jobs leave squeue and be found in the completion log), AICNET_SLURM_GPUS (the
# node's gpu generic resources, default 8: stand-ins whose device files are links to /dev/null, so that jobs of GPU
# specs run on a machine without GPUs). The partition lets up to 8 jobs share a core (OverSubscribe=FORCE:8), so that
# many small jobs run at once on a machine of few cores, as the conformance suite's do.
# The clients find the cluster with SLURM_CONF=$AICNET_SLURM_DIR/slurm.conf, and munge through AuthInfo's socket.
set -euo pipefail

DIR=${AICNET_SLURM_DIR:-/tmp/aicnet-slurm}
PORT=${AICNET_SLURM_PORT:-16817}
MIN_JOB_AGE=${AICNET_SLURM_MIN_JOB_AGE:-5}
GPUS=${AICNET_SLURM_GPUS:-8}
CONF=$DIR/slurm.conf
PACKAGES=(slurmctld slurmd slurm-client munge)

log() { echo "slurm-cluster: $*" >&2; }

install_packages() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# The pid in a pid file when that process is alive, else nothing.
alive_pid() {
  local file=$1 pid
  [ -s "$file" ] || return 1
  pid=$(cat "$file")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

write_config() {
  # slurmd -C prints this host as Slurm sees it: CPUs, sockets, cores, threads and RealMemory (MiB). The node is
  # declared with exactly these, or slurmd would find a mismatch and drain it.
  local hardware
  hardware=$(slurmd -C | head -1 | sed -e 's/^NodeName=[^ ]* //')
  cat >"$CONF" <<EOF
# Written by slurm-cluster.sh: a one-node cluster on loopback for aicnet's tests.
ClusterName=aicnet
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$PORT
SlurmdPort=$((PORT + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$DIR/munge.socket
CredType=cred/munge
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/slurmctld.pid
SlurmdPidFile=$DIR/slurmd.pid
SlurmctldLogFile=$DIR/slurmctld.log
SlurmdLogFile=$DIR/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$DIR/jobcomp.log
CommunicationParameters=NoInAddrAny,NoCtldInAddrAny
MailProg=/bin/true
ReturnToService=2
MinJobAge=$MIN_JOB_AGE
# batch jobs are scheduled at once (batch_sched_delay is 3 s by default), pending ones looked at every second
SchedulerParameters=batch_sched_delay=0,sched_interval=1
SlurmctldTimeout=30
SlurmdTimeout=30
GresTypes=gpu
NodeName=localhost NodeAddr=127.0.0.1 $hardware $([ "$GPUS" -gt 0 ] && echo "Gres=gpu:$GPUS") State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP OverSubscribe=FORCE:8
EOF
  # Stand-in GPUs, so that jobs of GPU specs run on a machine without any: Slurm wants a character device per GPU
  # (numbered by the file name's digits, which become CUDA_VISIBLE_DEVICES), and /dev/null is one.
  : >"$DIR/gres.conf"
  if [ "$GPUS" -gt 0 ]; then
    mkdir -p "$DIR/gpu"
    for i in $(seq 0 $((GPUS - 1))); do ln -sf /dev/null "$DIR/gpu/card$i"; done
    echo "NodeName=localhost Name=gpu File=$DIR/gpu/card[0-$((GPUS - 1))]" >"$DIR/gres.conf"
  fi
}

start() {
  if status >/dev/null 2>&1; then
    log "already running in $DIR"
    echo "export SLURM_CONF=$CONF"
    return 0
  fi
  [ "$(id -u)" = 0 ] || { log "start needs root (the daemons run as root)"; exit 1; }
  install_packages
  stop_daemons
  rm -rf "$DIR"
  mkdir -p "$DIR/state" "$DIR/spool"
  chmod 0755 "$DIR"   # munged wants its socket directory searchable by all
  write_config
  dd if=/dev/urandom of="$DIR/munge.key" bs=1024 count=1 status=none
  chmod 0400 "$DIR/munge.key"

  local started=$SECONDS
  munged --key-file="$DIR/munge.key" --socket="$DIR/munge.socket" --pid-file="$DIR/munged.pid" \
    --log-file="$DIR/munged.log" --seed-file="$DIR/munged.seed"
  SLURM_CONF=$CONF slurmctld -f "$CONF"
  SLURM_CONF=$CONF slurmd -f "$CONF" -N localhost

  # The node takes jobs once slurmctld has heard from slurmd and marked it idle.
  local deadline=$((SECONDS + 60)) state=
  while [ $SECONDS -lt $deadline ]; do
    state=$(SLURM_CONF=$CONF sinfo --noheader --nodes=localhost --format=%t 2>/dev/null || true)
    case "$state" in idle*|mix*|alloc*) break ;; esac
    sleep 0.2
  done
  case "$state" in
    idle*|mix*|alloc*) log "cluster up in $((SECONDS - started)) s: $(SLURM_CONF=$CONF sinfo --noheader --Node \
      --format='%N %t, %c CPUs, %m MiB')" ;;
    *) log "the node did not become idle (state '${state}'); logs in $DIR"; tail -5 "$DIR"/*.log >&2 || true; exit 1 ;;
  esac
  echo "export SLURM_CONF=$CONF"
}

stop_pid_file() {
  local file=$1 pid
  pid=$(alive_pid "$file") || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  log "$(basename "$file" .pid) ($pid) did not end on SIGTERM; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

stop_daemons() {
  stop_pid_file "$DIR/slurmd.pid"
  stop_pid_file "$DIR/slurmctld.pid"
  stop_pid_file "$DIR/munged.pid"
}

stop() {
  if alive_pid "$DIR/slurmctld.pid" >/dev/null; then
    local jobs
    jobs=$(SLURM_CONF=$CONF squeue --noheader --format=%i 2>/dev/null || true)
    if [ -n "$jobs" ]; then
      # shellcheck disable=SC2086
      SLURM_CONF=$CONF scancel $jobs 2>/dev/null || true
      # the jobs' slurmstepd end their processes and report back to slurmd, which must still run
      for _ in $(seq 1 50); do
        [ -z "$(SLURM_CONF=$CONF squeue --noheader --states=RUNNING,COMPLETING --format=%i 2>/dev/null)" ] && break
        sleep 0.1
      done
    fi
  fi
  stop_daemons
  log "stopped"
}

status() {
  alive_pid "$DIR/munged.pid" >/dev/null || { echo "munged is not running"; return 1; }
  alive_pid "$DIR/slurmctld.pid" >/dev/null || { echo "slurmctld is not running"; return 1; }
  alive_pid "$DIR/slurmd.pid" >/dev/null || { echo "slurmd is not running"; return 1; }
  SLURM_CONF=$CONF scontrol ping >/dev/null 2>&1 || { echo "slurmctld does not answer"; return 1; }
  echo "running: SLURM_CONF=$CONF"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
