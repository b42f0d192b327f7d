#!/usr/bin/env bash
# reader.sh - the reader driven as a person drives it, in tmux: keys in,
# screens read back.  TAP output for meson; exit 77 (skip) only when tmux
# is not installed.
#
# usage: reader.sh NEWSDIFF FIXTURES
set -u

command -v tmux >/dev/null || { echo "1..0 # SKIP tmux is not installed"; exit 77; }

nd=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fixtures=$(cd "$2" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/newsdiff-reader-XXXXXX")
sock=newsdiff-test-$$
tm() { tmux -L "$sock" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 99

n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() {
	n=$((n + 1)); failed=$((failed + 1))
	echo "not ok $n - $1"
	shift
	for line in "$@"; do echo "# $line"; done
}

screen() { tm capture-pane -t t -p; }
left_half() { screen | cut -c1-80; }
right_half() { screen | cut -c82-; }
status_line() { screen | sed -n '45p'; }

# wait_for PATTERN [SECONDS]: until the screen shows it.
wait_for() {
	local i
	for ((i = 0; i < ${2:-5} * 20; i++)); do
		screen | grep -q -- "$1" && return 0
		sleep 0.05
	done
	return 1
}

# check DESCRIPTION COMMAND...: ok when the command succeeds.
check() {
	local desc=$1
	shift
	if "$@"; then ok "$desc"
	else not_ok "$desc"; screen | sed 's/^/#   /'; fi
}

# A shell in a 160x45 terminal, UTF-8, from which newsdiff runs.
start() {
	tm kill-server 2>/dev/null
	sleep 0.1
	tm new-session -d -s t -x 160 -y 45 \
		-e LANG=C.UTF-8 -e LC_ALL= -e PS1='$ ' \
		"env -u NO_COLOR bash --norc --noprofile -i"
	tm set-option -g status off
	wait_for '[#$]$' || { echo "Bail out! no shell in tmux"; exit 1; }
}

run() { tm send-keys -t t "$*; echo EXIT=\$?" Enter; }

# ---- the bundled pair ---------------------------------------------------

start
run "$nd"
wait_for 'passage 1 of'
check "both headlines on the first screen" \
	bash -c "[[ \"\$(tmux -L $sock capture-pane -t t -p | cut -c1-80)\" == *'Audio tape shows Kerry'* &&
	           \"\$(tmux -L $sock capture-pane -t t -p | cut -c82-)\" == *'Kerry Audio Shows Frustration'* ]]"
check "the status line names the passage in focus" \
	bash -c "tmux -L $sock capture-pane -t t -p | tail -1 | grep -q '^passage 1 of [0-9]*, similarity'"

tm send-keys -t t f
wait_for 'figures differ: 350 ≠ 400'
check "f: the status line says the figures differ" wait_for 'figures differ: 350 ≠ 400' 1
check "f: nearly 350 in the left pane" bash -c "tmux -L $sock capture-pane -t t -p | cut -c1-80 | grep -q 'nearly 350 people'"
check "f: Around 400 in the right pane" bash -c "tmux -L $sock capture-pane -t t -p | cut -c82- | grep -q 'Around 400 civilians'"
check "f: the two stand on one row" \
	bash -c "tmux -L $sock capture-pane -t t -p | grep -q 'World Health Organization.*│.*Around 400 civilians'"

passage_no() { screen | tail -1 | sed -n 's/^passage \([0-9]*\) of.*/\1/p'; }
now=$(passage_no)
tm send-keys -t t p
sleep 0.2
before=$(passage_no)
check "p: the previous passage" test "$before" = $((now - 1))
tm send-keys -t t n
sleep 0.2
check "n: back to the next one" test "$(passage_no)" = "$now"
tm send-keys -t t g
sleep 0.2
check "g: passage 1 again" test "$(passage_no)" = 1
tm send-keys -t t ']'
sleep 0.2
check "]: passage 2" test "$(passage_no)" = 2

tm send-keys -t t Tab
check "Tab: the right report leads" wait_for 'right leads' 2
tm send-keys -t t Tab

tm send-keys -t t '/'
tm send-keys -t t 'Aleppo' Enter
check "/: the search reports its matches" wait_for 'Aleppo: [0-9]* in the left report' 2

tm send-keys -t t '?'
check "?: the help lists the keys" wait_for 'next passage whose figures differ' 2
tm send-keys -t t x
sleep 0.2

# Mouse, in xterm's X10 encoding (columns and rows below 95): a press of
# the first button, then its release; the wheel is buttons 4 and 5.
mouse() { tm send-keys -t t -l "$(printf '\033[M%b%b%b' "\\$(printf %03o $((32 + $1)))" \
	"\\$(printf %03o $((33 + $2)))" "\\$(printf %03o $((33 + $3)))")"; }
tm send-keys -t t g
sleep 0.2
row=$(screen | grep -n ' R[0-9]* For one thing' | cut -d: -f1)
mouse 0 40 $((row - 1))
mouse 3 40 $((row - 1))
sleep 0.2
check "a click selects the passage under it" test "$(passage_no)" = 2
top=$(screen | sed -n 3p)
mouse 65 10 10
mouse 65 10 10
sleep 0.2
check "the wheel scrolls" test "$(screen | sed -n 3p)" != "$top"

tm resize-window -t t -x 50 -y 12
sleep 0.3
check "50x12: still drawn, no crash" bash -c "tmux -L $sock capture-pane -t t -p | grep -q '│'"
tm resize-window -t t -x 20 -y 6
check "20x6: says the terminal is too small" wait_for 'too small' 2
tm resize-window -t t -x 160 -y 45
sleep 0.3
check "back to 160x45: both panes again" \
	bash -c "tmux -L $sock capture-pane -t t -p | grep -q 'passage [0-9]* of'"

tm send-keys -t t e
check "e: asks for a file name" wait_for 'export to' 2
tm send-keys -t t C-u "out.html" Enter
check "e: reports the export" wait_for 'exported html to out.html' 2
check "e: the file is there" test -s out.html
tm send-keys -t t e
wait_for 'export to' 2
tm send-keys -t t C-u "no/such/dir/out.md" Enter
check "e: a failed export says why in the status line" \
	wait_for 'no/such/dir/out.md: No such file or directory' 2

tm send-keys -t t q
check "q: the process ends with status 0" wait_for 'EXIT=0' 3
check "q: the screen is restored (no pane left)" bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"

# ---- escape sequences in a report ---------------------------------------

start
printf 'Rhine floods\n\nThe river \033]0;PWNED\007rose \033[31mred\033[0m and \033]52;c;ZXZpbA==\007 fell \033P1;2q\033\\ here.\n\nBack\010\010space and \342\200\256reversed\342\200\254 text.\n\n\314\201lone mark.\n' >esc-left.txt
printf 'Rhine floods again\n\nThe river rose and fell here.\n' >esc-right.txt
title_before=$(tm display-message -p -t t '#{pane_title}')
run "$nd esc-left.txt esc-right.txt"
wait_for 'passage'
check "OSC, CSI and DCS show as visible symbols" wait_for '␛\]0;PWNED␇rose ␛\[31mred' 2
check "the pane title is untouched" test "$(tm display-message -p -t t '#{pane_title}')" = "$title_before"
check "backspace and bidi override show as symbols" wait_for 'Back␈␈space and ⇚reversed↥ text' 1
check "a lone combining mark sits on a dotted circle" wait_for '◌́lone mark' 1
check "no colour from the report reaches the screen" \
	bash -c "! tmux -L $sock capture-pane -t t -p -e | grep -q $'\e\\[31mred'"
tm send-keys -t t q
wait_for 'EXIT=0'

# ---- bad input ----------------------------------------------------------

tm send-keys -t t clear Enter
run "$nd nosuch.txt esc-right.txt"
check "a missing file: the message, exit 2" wait_for 'EXIT=2' 3
check "a missing file: named with its reason" wait_for '^newsdiff: nosuch.txt: No such file or directory' 1
check "a missing file: the terminal is left as it was" \
	bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"
: >empty.txt
run "$nd empty.txt esc-right.txt"
check "an empty report: the reader opens" wait_for 'right leads\|left leads' 3
check "an empty report: the status line says so" wait_for 'empty.txt: empty file, nothing to compare' 1
check "an empty report: the other report is readable" wait_for 'The river rose and fell here' 1
tm send-keys -t t q
wait_for 'EXIT=0'

# ---- no colour ----------------------------------------------------------

run "NO_COLOR=1 $nd"
wait_for 'passage 1 of'
tm send-keys -t t f
wait_for 'figures differ'
check "NO_COLOR: no colour, attributes only" \
	bash -c "! tmux -L $sock capture-pane -t t -p -e | grep -Eq $'\e\\[(3[0-7]|4[0-7]|38|48)[;m]'"
check "NO_COLOR: the differing figure still stands out" \
	bash -c "tmux -L $sock capture-pane -t t -p -e | grep -Eq $'\e\\[(1;7|7;1)mnearly 350 people'"
tm send-keys -t t q
wait_for 'EXIT=0'

# ---- signals and job control --------------------------------------------

run "$nd"
wait_for 'passage 1 of'
tm send-keys -t t C-z
check "Ctrl-Z: suspends to the shell" wait_for 'Stopped' 3
tm send-keys -t t 'fg' Enter
check "fg: the reader comes back" wait_for 'passage 1 of' 3
tm send-keys -t t C-c
sleep 0.3
tm send-keys -t t 'echo CODE=$?' Enter
check "Ctrl-C: ends it, by the signal" wait_for 'CODE=130' 3
check "Ctrl-C: the screen is restored" bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"

tm send-keys -t t clear Enter
run "$nd"
wait_for 'passage 1 of'
shell=$(tm display-message -p -t t '#{pane_pid}')
pkill -TERM -P "$shell" -x newsdiff
check "SIGTERM: ends it, by the signal" wait_for 'EXIT=143' 5
check "SIGTERM: the screen is restored" bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"

tm send-keys -t t clear Enter
run "$nd"
wait_for 'passage 1 of'
shell=$(tm display-message -p -t t '#{pane_pid}')
pkill -HUP -P "$shell" -x newsdiff
check "SIGHUP: ends it, by the signal" wait_for 'EXIT=129' 5
check "SIGHUP: the screen is restored" bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"

tm send-keys -t t clear Enter
run "$nd"
wait_for 'passage 1 of'
shell=$(tm display-message -p -t t '#{pane_pid}')
pkill -SEGV -P "$shell" -x newsdiff
check "a crash: the process dies of it" wait_for 'EXIT=139' 5
check "a crash: the screen is restored first" \
	bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"

# ---- a terminal that cannot show it -------------------------------------

tm send-keys -t t clear Enter
run "TERM=dumb $nd esc-left.txt esc-right.txt 2>dumb.err"
check "TERM=dumb: ends well" wait_for 'EXIT=0' 5
check "TERM=dumb: says the reader cannot show" \
	grep -q "terminal 'dumb' cannot show the reader" dumb.err
check "TERM=dumb: shows the text export instead" wait_for 'passage aligned.  Unpaired' 1

echo "1..$n"
[ "$failed" = 0 ]
