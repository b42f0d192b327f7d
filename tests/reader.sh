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
	bash -c "tmux -L $sock capture-pane -t t -p | tail -1 | grep -q '^passage 1 of [0-9]*, worded '"

tm send-keys -t t f
wait_for 'figures differ: 350 ≠ 400'
check "f: the status line says the figures differ" wait_for 'figures differ: 350 ≠ 400' 5
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
check "Tab: the right report leads" wait_for 'right leads' 5
tm send-keys -t t Tab

tm send-keys -t t '/'
tm send-keys -t t 'Aleppo' Enter
check "/: the search reports its matches" wait_for 'Aleppo: match 1 of [0-9]* in the left report ([0-9]* in the right)' 5

tm send-keys -t t '?'
check "?: the help lists the keys" wait_for 'next passage whose figures differ' 5
tm send-keys -t t x
sleep 0.2

# Mouse, in xterm's X10 encoding (columns and rows below 95): a press of
# the first button, then its release; the wheel is buttons 4 and 5.
mouse() { tm send-keys -t t -l "$(printf '\033[M%b%b%b' "\\$(printf %03o $((32 + $1)))" \
	"\\$(printf %03o $((33 + $2)))" "\\$(printf %03o $((33 + $3)))")"; }
tm send-keys -t t g
sleep 0.2
row=$(screen | grep -n '→R[0-9]* For one thing' | cut -d: -f1)
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
check "50x12: still drawn, no crash" wait_for '│' 5
tm resize-window -t t -x 20 -y 6
check "20x6: says the terminal is too small" wait_for 'too small' 5
tm resize-window -t t -x 160 -y 45
check "back to 160x45: both panes again" wait_for 'passage [0-9]* of' 5

tm send-keys -t t e
check "e: asks for a file name" wait_for 'export to' 5
tm send-keys -t t C-u "out.html" Enter
check "e: reports the export" wait_for 'exported html to out.html' 5
check "e: the file is there" test -s out.html
tm send-keys -t t e
wait_for 'export to' 5
tm send-keys -t t C-u "no/such/dir/out.md" Enter
check "e: a failed export says why in the status line" \
	wait_for 'no/such/dir/out.md: No such file or directory' 5

tm send-keys -t t q
check "q: the process ends with status 0" wait_for 'EXIT=0' 5
check "q: the screen is restored (no pane left)" bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"

# ---- escape sequences in a report ---------------------------------------

start
printf 'Rhine floods\n\nThe river \033]0;PWNED\007rose \033[31mred\033[0m and \033]52;c;ZXZpbA==\007 fell \033P1;2q\033\\ here.\n\nBack\010\010space and \342\200\256reversed\342\200\254 text.\n\n\314\201lone mark.\n' >esc-left.txt
printf 'Rhine floods again\n\nThe river rose and fell here.\n' >esc-right.txt
title_before=$(tm display-message -p -t t '#{pane_title}')
run "$nd esc-left.txt esc-right.txt"
wait_for 'passage'
check "OSC, CSI and DCS show as visible symbols" wait_for '␛\]0;PWNED␇rose ␛\[31mred' 5
check "the pane title is untouched" test "$(tm display-message -p -t t '#{pane_title}')" = "$title_before"
check "backspace and bidi override show as symbols" wait_for 'Back␈␈space and ⇚reversed↥ text' 5
check "a lone combining mark sits on a dotted circle" wait_for '◌́lone mark' 5
check "no colour from the report reaches the screen" \
	bash -c "! tmux -L $sock capture-pane -t t -p -e | grep -q $'\e\\[31mred'"
tm send-keys -t t q
wait_for 'EXIT=0'

# ---- bad input ----------------------------------------------------------

tm send-keys -t t clear Enter
run "$nd nosuch.txt esc-right.txt"
check "a missing file: the message, exit 2" wait_for 'EXIT=2' 5
check "a missing file: named with its reason" wait_for '^newsdiff: nosuch.txt: No such file or directory' 5
check "a missing file: the terminal is left as it was" \
	bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"
: >empty.txt
run "$nd empty.txt esc-right.txt"
check "an empty report: the reader opens" wait_for 'right leads\|left leads' 5
check "an empty report: the status line says so" wait_for 'empty.txt: empty file, nothing to compare' 5
check "an empty report: the other report is readable" wait_for 'The river rose and fell here' 5
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
check "Ctrl-Z: suspends to the shell" wait_for 'Stopped' 5
tm send-keys -t t 'fg' Enter
check "fg: the reader comes back" wait_for 'passage 1 of' 5
tm send-keys -t t C-c
sleep 0.3
tm send-keys -t t 'echo CODE=$?' Enter
check "Ctrl-C: ends it, by the signal" wait_for 'CODE=130' 5
check "Ctrl-C: the screen is restored" bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"

tm send-keys -t t clear Enter
run "$nd"
wait_for 'passage 1 of'
shell=$(tm display-message -p -t t '#{pane_pid}')
pkill -TERM -P "$shell" -x newsdiff
check "SIGTERM: ends it, by the signal" wait_for 'EXIT=143' 5
check "SIGTERM: the screen is restored" bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"

# A list over the reader (the changes of two versions, the ledger) ends
# on the signal too.
tm send-keys -t t clear Enter
run "$nd $fixtures/revisions/left.txt $fixtures/revisions/right.txt"
wait_for '^Two versions of one report' 5
shell=$(tm display-message -p -t t '#{pane_pid}')
pkill -TERM -P "$shell" -x newsdiff
check "SIGTERM over the list of changes: ends it, by the signal" wait_for 'EXIT=143' 5
tm send-keys -t t clear Enter
run "$nd"
wait_for 'passage 1 of'
tm send-keys -t t L
wait_for '^Ledger: ' 5
pkill -TERM -P "$shell" -x newsdiff
check "SIGTERM over the ledger: ends it, by the signal" wait_for 'EXIT=143' 5

tm send-keys -t t clear Enter
run "$nd"
wait_for 'passage 1 of'
shell=$(tm display-message -p -t t '#{pane_pid}')
pkill -HUP -P "$shell" -x newsdiff
check "SIGHUP: ends it, by the signal" wait_for 'EXIT=129' 5
check "SIGHUP: the screen is restored" bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"

# The terminal as the shell had it: main screen, cursor shown, no mouse
# tracking, keypad in normal mode.
term_state() { tm display-message -p -t t '#{alternate_on}#{cursor_flag}#{mouse_any_flag}#{keypad_flag}#{keypad_cursor_flag}'; }
tm send-keys -t t clear Enter
sleep 0.2
shell_state=$(term_state)
for sig in USR1 USR2 ALRM PIPE TERM; do
	tm send-keys -t t clear Enter
	run "$nd"
	wait_for 'passage 1 of'
	shell=$(tm display-message -p -t t '#{pane_pid}')
	pkill -"$sig" -P "$shell" -x newsdiff
	check "SIG$sig: ends it, by the signal" wait_for "EXIT=$((128 + $(kill -l "$sig")))" 5
	check "SIG$sig: the terminal is as it was (screen, cursor, mouse, keypad)" 		test "$(term_state)" = "$shell_state"
done

tm send-keys -t t clear Enter
run "trap '' USR1; $nd"
wait_for 'passage 1 of'
shell=$(tm display-message -p -t t '#{pane_pid}')
pkill -USR1 -P "$shell" -x newsdiff
sleep 0.3
check "a signal ignored when it started (nohup) stays ignored" \
	bash -c "tmux -L $sock capture-pane -t t -p | tail -1 | grep -q '^passage 1 of'"
tm send-keys -t t q
wait_for 'EXIT=0' 5
tm send-keys -t t "trap - USR1" Enter

tm send-keys -t t clear Enter
run "$nd"
wait_for 'passage 1 of'
tm send-keys -t t 'C-\'
sleep 0.3
check "Ctrl-\\ (SIGQUIT) is ignored, as less does" 	bash -c "tmux -L $sock capture-pane -t t -p | tail -1 | grep -q '^passage 1 of'"
tm send-keys -t t q
wait_for 'EXIT=0' 5

tm send-keys -t t clear Enter
run "$nd"
wait_for 'passage 1 of'
shell=$(tm display-message -p -t t '#{pane_pid}')
pkill -SEGV -P "$shell" -x newsdiff
check "a crash: the process dies of it" wait_for 'EXIT=139' 5
check "a crash: the screen is restored first" \
	bash -c "! tmux -L $sock capture-pane -t t -p | grep -q '│'"
check "a crash: the terminal is as it was (screen, cursor, mouse, keypad)" \
	test "$(term_state)" = "$shell_state"

# ---- export: never a file replaced unasked -----------------------------

tm send-keys -t t clear Enter
echo "my notes" >notes.md
mkfifo pipe.md
run "$nd"
wait_for 'passage 1 of'
tm send-keys -t t e
wait_for 'export to' 5
tm send-keys -t t C-u "notes.md" Enter
check "e: an existing file: asks before replacing it" \
	wait_for 'notes.md exists; replace it? (y/n)' 5
tm send-keys -t t n
check "e: n keeps the file" wait_for 'not exported; notes.md is as it was' 5
check "e: n: the file is as it was" test "$(cat notes.md)" = "my notes"
tm send-keys -t t e
wait_for 'export to' 5
tm send-keys -t t C-u "notes.md" Enter
wait_for 'replace it? (y/n)' 5
tm send-keys -t t y
check "e: y replaces it" wait_for 'exported markdown to notes.md' 5
check "e: y: the export is in the file" grep -q 'Kerry' notes.md
tm send-keys -t t e
wait_for 'export to' 5
tm send-keys -t t C-u "pipe.md" Enter
check "e: a file that is not a regular one is never written" \
	wait_for 'pipe.md: not a regular file' 5
check "e: the pipe is still a pipe" test -p pipe.md
tm send-keys -t t q
wait_for 'EXIT=0' 5

# ---- search: folded, counted, repeated ----------------------------------

tm send-keys -t t clear Enter
run "$nd"
wait_for 'passage 1 of'
tm send-keys -t t Tab '/' "haven't" Enter
check "/haven't finds haven’t (quotes folded as the comparison folds them)" \
	wait_for "haven't: match 1 of 1 in the right report" 5
tm send-keys -t t '/' "haven’t" Enter
check "a character of several bytes typed at the prompt is one character" \
	wait_for "haven’t: match 1 of 1 in the right report" 5
tm send-keys -t t Tab '/' 'Kerry' Enter
wait_for 'Kerry: match 1 of' 5
tm send-keys -t t n
check "n repeats the search while one is on" wait_for 'Kerry: match 2 of' 5
tm send-keys -t t N N
check "N goes back, round to the last" wait_for 'Kerry: match \([0-9]*\) of \1 .*went round to the bottom' 5
tm send-keys -t t '/' Enter
check "/ Enter ends the search" wait_for 'search ended' 5
tm send-keys -t t g n
check "n without a search: the next passage" wait_for '^passage 2 of' 5
tm send-keys -t t '/' 'caf'
tm send-keys -t t -H e9
check "a byte that is not UTF-8 shows as <E9> in the prompt" wait_for '^/caf<E9>' 5
tm send-keys -t t Enter
check "... and Enter still ends the line" wait_for 'not found: caf<E9>' 5
tm send-keys -t t '/' 'x'
tm send-keys -t t -H e9
tm send-keys -t t BSpace BSpace 'Kerry' Enter
check "Backspace takes the odd byte away as one" wait_for 'Kerry: match 1 of' 5

# A paragraph of many lines with a match on most of them: every match on
# the screen is lit, on each line (where a line starts in the matches).
tm send-keys -t t q
wait_for 'EXIT=0' 5
awk 'BEGIN { printf "Zebras seen\n\n"; for (i = 0; i < 400; i++)
	printf "the herd crossed river %s again ", (i % 7 == 0 ? "zebra" : "water");
	printf "\n" }' > long-left.txt
sed 's/crossed/forded/' long-left.txt > long-right.txt
tm send-keys -t t clear Enter
run "$nd" long-left.txt long-right.txt
# Two versions of one paragraph: the list of changes first, c hides it.
wait_for '^Two versions of one report' 5
tm send-keys -t t c
wait_for 'passage 1 of' 5
tm send-keys -t t '/' 'zebra' Enter
wait_for 'zebra: match 1 of' 5
tm send-keys -t t j j j
sleep 0.3
# (The pane rows only: not the headers above them nor the status line.)
shown=$(tm capture-pane -t t -p | sed -n '3,44p' | grep -o 'zebra' | wc -l)
lit=$(tm capture-pane -t t -p -e | sed -n '3,44p' |
	grep -Eo $'\e\\[[0-9;]*7[0-9;]*mzebra' | wc -l)
if [ "$shown" -gt 10 ] && [ "$lit" -eq "$shown" ]; then
	ok "/: every match of a long paragraph is lit on every line"
else
	not_ok "/: every match of a long paragraph is lit on every line" \
		"$lit of $shown lit"
fi
tm send-keys -t t q
wait_for 'EXIT=0' 5
tm send-keys -t t clear Enter
run "$nd"
wait_for 'passage 1 of'
tm send-keys -t t '/' 'Kerry' Enter
wait_for 'Kerry: match 1 of' 5

# ---- numbering and focus in reading order -------------------------------

# With the right report leading, n walks 1, 2, 3... of its own order.
tm send-keys -t t '/' Enter Tab g
wait_for '^passage 1 of' 5
seq=1
for i in 2 3 4 5 6 7 8; do
	tm send-keys -t t n
	sleep 0.15
	seq="$seq $(passage_no)"
done
check "right leads: n numbers passages 1 to 8 in its order" test "$seq" = "1 2 3 4 5 6 7 8"
tm send-keys -t t Tab
# At 120x30, line by line from the top, focus meets passage 2 before 3.
tm resize-window -t t -x 120 -y 30
sleep 0.3
tm send-keys -t t g
sleep 0.2
seq=$(passage_no)
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
	tm send-keys -t t j
	sleep 0.1
	p=$(passage_no)
	[ "$p" = "${seq##* }" ] || seq="$seq $p"
done
check "j from the top: passages in order, none skipped" \
	bash -c "[[ '$seq' == '1 2'* ]]"
tm resize-window -t t -x 160 -y 45
sleep 0.3

# ---- margins, headers, status -------------------------------------------

tm send-keys -t t g
sleep 0.2
check "a paragraph shows its number and its partner's" \
	bash -c "tmux -L $sock capture-pane -t t -p | cut -c1-80 | grep -q '^ *3→R4 \"You have nobody'"
check "the header names the file, not its folders" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 2p | grep -q '^By Doug G. Ware · upi-kerry-audio-2016-09-30.txt · 27 paragraphs'"
check "the status line names the shared names" wait_for '^passage 1 of 8, worded [a-z ]*: names Kerry, Syria' 5
tm send-keys -t t '?'
check "?: the help explains the margin" wait_for 'In the margin, 3→R12: paragraph 3 of this report' 5
tm resize-window -t t -x 110 -y 40
sleep 0.3
tm send-keys -t t x
sleep 0.3
check "resized with the help open: the status line is back" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 40p | grep -q 'passage 1 of'"
check "resized with the help open: the right pane is whole" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 2p | grep -q '│nbc-kerry-audio-2016-09-30.txt · 28 paragraphs'"
tm resize-window -t t -x 80 -y 24
sleep 0.3
tm send-keys -t t '?'
check "80x24: the help says there is more" wait_for 'Space for more, any other key closes' 5
tm send-keys -t t Space
check "80x24: Space shows the rest of the help, the marks too" wait_for 'words both reports use' 5
tm send-keys -t t x
tm resize-window -t t -x 160 -y 45
sleep 0.3
printf 'GARBAGE-ON-THE-SCREEN' >"$(tm display-message -p -t t '#{pane_tty}')"
wait_for 'GARBAGE-ON' 5
tm send-keys -t t C-l
sleep 0.3
check "Ctrl-L repairs the screen" bash -c "! tmux -L $sock capture-pane -t t -p | grep -q GARBAGE"

# ---- looks: every mark its own, no red against green --------------------

tm send-keys -t t f
wait_for 'figures differ' 5
check "colours: a differing figure is black on yellow, not on red" \
	bash -c "tmux -L $sock capture-pane -t t -p -e | grep -q $'\e\\[43mnearly 350 people'"
check "colours: the focus bar is white on blue" \
	bash -c "tmux -L $sock capture-pane -t t -p -e | grep -q $'\e\\[37m\e\\[44m▎'"
tm send-keys -t t q
wait_for 'EXIT=0' 5
tm send-keys -t t clear Enter
run "NO_COLOR=1 $nd"
wait_for 'passage 1 of'
tm send-keys -t t '?'
wait_for 'words both reports use' 5
# The legend's lines, each in its mark's look: seven looks, all apart.
# tmux writes only what changes, so the look of each is the sum of the
# attribute codes before it.
legend='a figure the reports disagree on\|a figure both give alike\|a quotation both give word for word\|a quotation worded differently\|the words where a quotation differs\|a name in both\|words both reports use'
looks=$(tm capture-pane -t t -p -e | grep -a -o $'\e\\[[0-9;]*m\\|'"$legend" | {
	bold=0 dim=0 it=0 ul=0 rev=0
	while IFS= read -r item; do
		case $item in
		$'\e'*)
			codes=${item#??}; codes=${codes%m}
			IFS=';' read -ra cs <<<"${codes:-0}"
			for c in "${cs[@]}"; do
				case $c in
				0) bold=0 dim=0 it=0 ul=0 rev=0 ;;
				1) bold=1 ;; 2) dim=1 ;; 3) it=1 ;; 4) ul=1 ;; 7) rev=1 ;;
				22) bold=0 dim=0 ;; 23) it=0 ;; 24) ul=0 ;; 27) rev=0 ;;
				esac
			done ;;
		*) echo "$bold$dim$it$ul$rev" ;;
		esac
	done
} | sort -u | wc -l)
check "NO_COLOR: seven marks, seven looks" test "$looks" = 7
tm send-keys -t t x q
wait_for 'EXIT=0' 5

# ---- the window's own size ----------------------------------------------

tm send-keys -t t clear Enter
tm resize-window -t t -x 100 -y 30
run "COLUMNS=5000 LINES=3000 $nd"
wait_for 'passage 1 of'
check "COLUMNS=5000 LINES=3000 in 100x30: the status line on row 30" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 30p | grep -q '^passage 1 of.*left leads'"
check "100 columns: the header keeps the file's whole name" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 2p | grep -q '^By Doug G. Ware · upi-kerry-audio-2016-09-30.txt'"
check "... and the rule in the middle" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 1p | cut -c1-52 | grep -q '│$'"
tm send-keys -t t q
wait_for 'EXIT=0' 5
tm resize-window -t t -x 160 -y 45

# ---- a comparison that takes long says so ------------------------------

tm send-keys -t t clear Enter
run "(sleep 1.5; cat esc-left.txt) | $nd - esc-right.txt"
check "a slow start: a line says the comparison is running" \
	wait_for '^newsdiff: comparing the two reports' 5
wait_for 'passage' 5
tm send-keys -t t q
wait_for 'EXIT=0' 5
check "a slow start: the line is rubbed out once the reader is done" \
	bash -c "! tmux -L $sock capture-pane -t t -p | grep -q 'comparing the two'"

# ---- no terminal to read keys from --------------------------------------

tm send-keys -t t clear Enter
cp "$fixtures/../../assets/upi-kerry-audio-2016-09-30.txt" L.txt 2>/dev/null ||
	cp esc-left.txt L.txt
run "setsid -w $nd - esc-right.txt <L.txt 2>setsid.err"
wait_for 'EXIT=[0-9]' 5
check "no /dev/tty: says so" grep -q '^newsdiff: no terminal to read keys from (/dev/tty: ' setsid.err
check "no /dev/tty: not blamed on the terminal type" bash -c "! grep -q 'cannot show' setsid.err"

# ---- a terminal that cannot show it -------------------------------------

tm send-keys -t t clear Enter
run "TERM=dumb $nd esc-left.txt esc-right.txt 2>dumb.err"
check "TERM=dumb: ends well" wait_for 'EXIT=0' 5
check "TERM=dumb: says the reader cannot show" \
	grep -q "terminal 'dumb' cannot show the reader" dumb.err
check "TERM=dumb: shows the text export instead" wait_for 'Passage 1 of 1, similarity' 5

# ---- the word diff (w) --------------------------------------------------

rl=$fixtures/revisions/left.txt
rr=$fixtures/revisions/right.txt
start
run "$nd $rl $rr"
check "versions of one report: the reader opens with what changed" \
	wait_for "^Two versions of one report: 5 changes, in the right report's order" 5
check "... how many paragraphs pair closely" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 2p | grep -q '^12 of 16 paragraphs pair closely'"
check "... the changes, one a numbered line, in the right report's order" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 4,8p | cut -c1-90 | diff - <(printf '%s\n' \
		'1  figure changed     headline: 12 → 17 dead' \
		'2  figure changed     right 5: Wednesday → Tuesday' \
		'3  quotation changed  right 7: rise this fast → climb so quickly' \
		'4  added              right 8: “A shelter for about 300 displaced residents has...”' \
		'5  removed            left 9: “Schools in the valley will stay closed until...”') >&2"
check "... and the keys that work it" \
	bash -c "tmux -L $sock capture-pane -t t -p | tail -1 | grep -q 'Enter or its number: go to it   c q Esc close'"
tm send-keys -t t c
check "c: the changes hidden, the status line says how to see them" \
	wait_for '^5 changes between the two versions (c lists them); w hides the changed words' 5
check "c: the list gone, the reports side by side" \
	bash -c "! tmux -L $sock capture-pane -t t -p | grep -q 'figure changed  ' &&
	         tmux -L $sock capture-pane -t t -p | head -1 | grep -q '^Floods in Varnholm valley leave 12 dead *│Floods in Varnholm valley leave 17 dead'"
check "word diff on: the left's changed word red, bold, underlined" \
	bash -c "tmux -L $sock capture-pane -t t -p -e | grep -Eq $'\e\\[(1;4|4;1)m\e\\[31mWednesday'"
check "word diff on: the right's changed word green, bold, underlined" \
	bash -c "tmux -L $sock capture-pane -t t -p -e | grep -Eq $'\e\\[(1;4|4;1)m\e\\[32mTuesday'"
tm send-keys -t t w
check "w: the word diff hidden, and said" wait_for '^word diff hidden' 5
check "w: the changed words look like the rest again" \
	bash -c "tmux -L $sock capture-pane -t t -p -e | grep -q '^      Wednesday to '"
tm send-keys -t t '?'
check "?: the help lists w" wait_for 'w  *mark or unmark the words that changed' 5
check "?: the help lists c" wait_for 'c  *two versions: what changed; Enter goes' 5
tm send-keys -t t q
tm send-keys -t t c
check "c again: the changes shown again" \
	wait_for "^Two versions of one report: 5 changes" 5
tm send-keys -t t j j
tm send-keys -t t Enter
check "Enter on the third change goes to its passage" \
	wait_for '^change 3 of 5, quotation changed: right 7 (c lists the changes)' 5
check "... which stands in view on both sides" \
	bash -c "tmux -L $sock capture-pane -t t -p | grep -q '▎7→R7 .*│▎7→L7 '"
tm send-keys -t t c 2
check "a change's number goes to it" \
	wait_for '^change 2 of 5, figure changed: right 5 (c lists the changes)' 5
check "... its passage in view" \
	bash -c "tmux -L $sock capture-pane -t t -p | grep -q '▎5→R5 Regional governor.*│▎5→L5 Regional governor'"
tm send-keys -t t c 5
check "a removed paragraph's number goes to it, on the left" \
	wait_for '^change 5 of 5, removed: left 9 (c lists the changes)' 5
tm send-keys -t t c q
check "q closes the changes, the reader stays; w marks the words again" \
	wait_for '^5 changes between the two versions (c lists them); w marks the changed words' 5
tm send-keys -t t q
wait_for 'EXIT=0' 5
# 80 columns: a long change wraps under its own words, no word cut.
tm send-keys -t t clear Enter
tm resize-window -t t -x 80 -y 24
run "$nd $rl $rr"
wait_for "^Two versions of one report" 5
check "80x24: a long change wraps at a word, under its words" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 7,8p | diff - <(printf '%s\n' \
		'4  added              right 8: “A shelter for about 300 displaced residents' \
		'                      has...”') >&2"
check "80x24: the keys fit" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 24p | grep -q 'c q Esc close\$'"
tm send-keys -t t c
check "80x24: closed, the status line says it all" \
	wait_for '^5 changes between the two versions (c lists them); w hides the changed words *$' 5
tm send-keys -t t q
wait_for 'EXIT=0' 5
tm resize-window -t t -x 160 -y 45
run "NO_COLOR=1 $nd $rl $rr"
wait_for '^Two versions of one report' 5
check "NO_COLOR: added and removed in the word diff's looks" \
	bash -c "tmux -L $sock capture-pane -t t -p -e | grep -Eq $'\e\\[(4;7|7;4)madded' &&
	         tmux -L $sock capture-pane -t t -p -e | grep -Eq $'\e\\[(2;7|7;2)mremoved'"
tm send-keys -t t c
wait_for '^5 changes between the two versions' 5
check "word diff without colours: deleted dim on reverse" \
	bash -c "tmux -L $sock capture-pane -t t -p -e | grep -Eq $'\e\\[(2;7|7;2)mWednesday'"
check "word diff without colours: inserted underlined on reverse" \
	bash -c "tmux -L $sock capture-pane -t t -p -e | grep -Eq $'\e\\[(4;7|7;4)mTuesday'"
tm send-keys -t t q
wait_for 'EXIT=0' 5
# Two different reports: off until asked.
run "$nd $fixtures/export/left.txt $fixtures/export/right.txt"
wait_for '^passage 1 of' 10
check "two different reports: no word diff at first" \
	bash -c "! tmux -L $sock capture-pane -t t -p | tail -1 | grep -q 'versions of one report'"
tm send-keys -t t w
check "w on two different reports: the word diff shown" wait_for '^word diff shown' 5
tm send-keys -t t c
check "c on two different reports: no changes to list, and why" \
	wait_for '^not two versions of one report: no changes to list' 5
tm send-keys -t t q
# ---- the ledger ------------------------------------------------------------

start
run "$nd"
wait_for 'passage 1 of'
check "the status line counts the disagreements" \
	bash -c "tmux -L $sock capture-pane -t t -p | tail -1 | grep -q '1 figure differs, 1 quotation varies  left leads'"
tm send-keys -t t L
check "L opens the ledger, disagreements first" wait_for '^Ledger: 1 figure differs (1 from different sources), 1 quotation varies' 5
check "the ledger gives each side's source and time" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 4p | grep -q '^different sources figure *L20 nearly 350 people (The World Health Organization, this week) *R12 Around 400 civilians (Kerry, the last eight days)'"
tm send-keys -t t j Enter
check "Enter on a row goes to its passages" wait_for '^different sources figure: left 20' 5
check "both passages of the row stand side by side" \
	bash -c "tmux -L $sock capture-pane -t t -p | grep -q '20→R12 The World Health Organization said this week.*12→L20 Around 400 civilians'"
tm send-keys -t t L q
check "q closes the ledger, the reader stays" wait_for 'left leads' 5
tm send-keys -t t '?'
check "? names the ledger's key" wait_for 'L  *ledger: disagreements first' 5
tm send-keys -t t q q
wait_for 'EXIT=0' 5

# ---- web pages: outlet, byline and date in the headers -------------------

tm send-keys -t t clear Enter
run "$nd -L 'Left label' $fixtures/pages/tidewater.html $fixtures/pages/northbank.html"
wait_for 'passage 1 of'
check "a page's header: the -L label for its title" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 1p | grep -q '^Left label '"
check "a page's header: outlet, byline, date and the file's name" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 2p | grep -q '│Northbank Gazette · Per Vik · 2031-03-06 · northbank.html'"
check "a narrow header keeps the source, cut at its end" \
	bash -c "tmux -L $sock capture-pane -t t -p | sed -n 2p | grep -q '^The Tidewater Courier · Kari Dahl and Jon Eik'"
tm send-keys -t t q
wait_for 'EXIT=0' 5

# A figure paired across two passages: Enter shows both paragraphs.
start
run "$nd $fixtures/facts/cross-spill.left.txt $fixtures/facts/cross-spill.right.txt"
wait_for 'passage 1 of'
tm send-keys -t t L
wait_for '^Ledger: ' 5
tm send-keys -t t Enter
wait_for '^different sources figure: left 2' 5
check "Enter on a figure of two passages shows both paragraphs" \
	bash -c "tmux -L $sock capture-pane -t t -p | grep -q 'spilling about 9,000 tons' &&
	         tmux -L $sock capture-pane -t t -p | grep -q 'said 14,000 tonnes of crude'"
tm send-keys -t t q
wait_for 'EXIT=0' 5

# Versions that share most paragraphs word for word: those are paired as
# they stand, and the status line says so of each.
sed 's/nearly 350 people/nearly 360 people/' \
	"$fixtures/../../assets/upi-kerry-audio-2016-09-30.txt" >V2.txt
start
run "$nd $fixtures/../../assets/upi-kerry-audio-2016-09-30.txt V2.txt"
check "versions word for word: the one change listed" \
	wait_for "^Two versions of one report: 1 change, in the right report's order" 5
tm send-keys -t t c ']'
check "... a passage paired word for word says so" \
	wait_for '^passage 2 of 16, the same word for word' 5
tm send-keys -t t q
wait_for 'EXIT=0' 5

echo "1..$n"
[ "$failed" = 0 ]
