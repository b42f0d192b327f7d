# versions.awk - a lightly edited copy of a report, as a later version of
# it: paragraphs in (RS = ""), each a line.  Deterministic: every 13th
# paragraph has its first number raised by one (or a word added when it
# has none), every 31st a word dropped, every 97th is deleted and a new
# paragraph follows every 89th.  About one paragraph in eight changes.
BEGIN { RS = ""; ORS = "\n\n" }
{
	p = $0
	if (NR % 97 == 0)
		next
	if (NR % 13 == 0) {
		if (match(p, /[0-9]+/))
			p = substr(p, 1, RSTART - 1) (substr(p, RSTART, RLENGTH) + 1) \
			    substr(p, RSTART + RLENGTH)
		else
			sub(/ /, " reportedly ", p)
	}
	if (NR % 31 == 0)
		sub(/ [a-z]+ /, " ", p)
	print p
	if (NR % 89 == 0)
		print "Officials added later that the figures for paragraph " NR \
		      " would be checked again before the next update."
}
