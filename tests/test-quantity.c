/* test-quantity.c - what a figure measures: sentences in the style of
 * wire copy (written for these tests), the quantity a reader sees in each
 * (dimension, event, class, value in base units), and how two quantities
 * of two reports relate. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "figure.h"
#include "lexicon.h"
#include "quantity.h"
#include "testutil.h"
#include "token.h"

static struct lexicon *lx;
static struct figure_words *fw;
static struct quantity_words *qw;

static void
setup(void)
{
	lx = t_lexicon();
	fw = figure_words_new(lx);
	qw = quantity_words_new(lx);
}

static void
teardown(void)
{
	quantity_words_free(qw);
	figure_words_free(fw);
	lexicon_free(lx);
}

/* The quantity of the figure that covers the first occurrence of at in
 * the one-paragraph text; *span receives the bytes the quantity reads
 * (at most size - 1 of them). */
static struct quantity
read_at(const char *text, const char *at, char *span, size_t size)
{
	struct article *a = t_article(text);
	struct figure_vec v = { 0 };
	struct quantity q;
	const char *p = strstr(text, at);
	size_t pos, i, len;

	ck_assert_msg(p != NULL, "\"%s\" not in \"%s\"", at, text);
	pos = (size_t)(p - text);
	article_analyze(a, lx);
	ck_assert_uint_eq(a->npara, 1);
	figure_scan(fw, lx, a, 0, &v);
	for (i = 0; i < v.n; i++)
		if (v.v[i].nstart <= pos && pos < v.v[i].nend)
			break;
	ck_assert_msg(i < v.n, "no figure at \"%s\" in \"%s\"", at, text);
	/* quantity_of_figure reads the article's figures' paragraph: the
	 * article keeps its own tokens. */
	quantity_of_figure(qw, lx, a, &v.v[i], &q);
	len = q.end - q.start < size - 1 ? q.end - q.start : size - 1;
	memcpy(span, a->text + a->para[0].start + q.start, len);
	span[len] = '\0';
	free(v.v);
	article_free(a);
	return q;
}

static struct quantity
quantity_at(const char *text, const char *at)
{
	char span[128];

	return read_at(text, at, span, sizeof span);
}

/* ---- one figure --------------------------------------------------- */

struct row {
	const char *text;	/* a sentence */
	const char *at;		/* the number in it */
	enum quantity_dim dim;
	double value;		/* in base units */
	const char *span;	/* what the quantity reads, or NULL */
	const char *currency;	/* ISO code, or NULL */
};

#define KM 1000.0
#define MI 1609.344
#define NMI 1852.0

static const struct row rows[] = {
	/* Lengths in metres, whatever the spelling. */
	{ "The ship sank 90 kilometres off the coast.", "90", QUANTITY_LENGTH,
	  90 * KM, "90 kilometres", NULL },
	{ "The ship sank 150 kilometers off the coast.", "150",
	  QUANTITY_LENGTH, 150 * KM, "150 kilometers", NULL },
	{ "The barge drifted five miles off the headland.", "five",
	  QUANTITY_LENGTH, 5 * MI, "five miles", NULL },
	{ "Some 210 millimetres of rain fell overnight.", "210",
	  QUANTITY_LENGTH, 0.21, "Some 210 millimetres of rain", NULL },
	{ "Snow lay 8 inches deep on the pass.", "8", QUANTITY_LENGTH,
	  8 * 0.0254, "8 inches", NULL },
	{ "Hailstones 5cm across fell on the town.", "5cm",
	  QUANTITY_LENGTH, 0.05, "5cm", NULL },
	{ "The barge drifted 7 miles off the headland.", "7", QUANTITY_LENGTH,
	  7 * MI, "7 miles", NULL },
	{ "It was about 6 nautical miles off the beach.", "6",
	  QUANTITY_LENGTH, 6 * NMI, "about 6 nautical miles", NULL },
	{ "A fence 3.5 km long was set up.", "3.5", QUANTITY_LENGTH, 3.5 * KM,
	  NULL, NULL },
	{ "The slick was 8km long.", "8km", QUANTITY_LENGTH, 8 * KM, NULL,
	  NULL },
	/* Masses in kilograms; a "ton" may be any of three. */
	{ "The carrier is rated at 280,000 deadweight tonnes.", "280,000",
	  QUANTITY_MASS, 280e6, "280,000 deadweight tonnes", NULL },
	{ "The carrier is rated at 280,000 dead weight tons.", "280,000",
	  QUANTITY_MASS, 280e6, "280,000 dead weight tons", NULL },
	{ "The freighter carried 12,000 metric tons of wheat.", "12,000",
	  QUANTITY_MASS, 12e6, NULL, NULL },
	/* Volumes in litres. */
	{ "About 52,000 barrels of fuel leaked.", "52,000", QUANTITY_VOLUME,
	  52000 * 158.987294928, "About 52,000 barrels", NULL },
	{ "Some 8.3 million liters of fuel leaked.", "8.3", QUANTITY_VOLUME,
	  8.3e6, NULL, NULL },
	/* Areas in square metres. */
	{ "The blaze burned 2,000 hectares of forest.", "2,000",
	  QUANTITY_AREA, 2e7, NULL, NULL },
	{ "The blaze burned 5,000 acres of forest.", "5,000", QUANTITY_AREA,
	  5000 * 4046.8564224, NULL, NULL },
	{ "The zone covers 1.2 million square miles of ocean.", "1.2",
	  QUANTITY_AREA, 1.2e6 * MI * MI, NULL, NULL },
	/* Money stays in the currency written. */
	{ "Damage was put at 21.6-billion won.", "21.6", QUANTITY_MONEY,
	  21.6e9, "21.6-billion won", "KRW" },
	{ "Damage was put at 35.2 billion won.", "35.2", QUANTITY_MONEY,
	  35.2e9, "35.2 billion won", "KRW" },
	{ "The bill came to 27-million dollars.", "27", QUANTITY_MONEY, 27e6,
	  "27-million dollars", "USD" },
	{ "The bill came to US$39 million.", "39", QUANTITY_MONEY, 39e6,
	  "US$39 million", "USD" },
	{ "The bill came to HK$12 million.", "12", QUANTITY_MONEY, 12e6,
	  "HK$12 million", "HKD" },
	{ "The bill came to $5 million.", "5", QUANTITY_MONEY, 5e6, NULL,
	  "USD" },
	{ "Fines reached \xE2\x82\xAC" "40 million.", "40", QUANTITY_MONEY,
	  40e6, NULL, "EUR" },
	{ "Losses reached \xE2\x82\xA9" "9 billion.", "9", QUANTITY_MONEY, 9e9,
	  NULL, "KRW" },
	/* Durations in days. */
	{ "The talks will last 10 days.", "10", QUANTITY_DURATION, 10, NULL,
	  NULL },
	{ "He was given a 10-year sentence.", "10", QUANTITY_DURATION,
	  10 * 365.2425, "10-year sentence", NULL },
	/* An age set off by commas after a name. */
	{ "Defendant Omar Ruiz, 41, pleaded guilty.", "41", QUANTITY_AGE, 41,
	  "41", NULL },
	{ "Defendant Omar Ruiz, now 41, pleaded guilty.", "41", QUANTITY_AGE,
	  41, "41", NULL },
	{ "James and Mary Ruiz, both 51, escaped.", "51", QUANTITY_AGE, 51,
	  "51", NULL },
	{ "Fans chanted Ruiz, 41 times in a row.", "41", QUANTITY_COUNT,
	  41, NULL, NULL },
	/* Counts. */
	{ "Rescuers pulled 31 people from the rubble.", "31", QUANTITY_COUNT,
	  31, "31 people", NULL },
	{ "A crew of 20 sailors was aboard.", "20", QUANTITY_COUNT, 20, NULL,
	  NULL },
	/* Unicode around the figure: a no-break space, accents in NFD, CJK
	 * and an emoji do not change what is read. */
	{ "La route fait 90\xC2\xA0km de long.", "90", QUANTITY_LENGTH,
	  90 * KM, NULL, NULL },
	{ "Cafe\xCC\x81 owners counted 12 kilometres of queues.", "12",
	  QUANTITY_LENGTH, 12 * KM, NULL, NULL },
	{ "\xE6\x9D\xB1\xE4\xBA\xAC: the convoy covered 40 miles "
	  "\xF0\x9F\x9A\x9A.", "40", QUANTITY_LENGTH, 40 * MI, NULL, NULL },
};

START_TEST(quantity_rows_read_dimension_value_unit)
{
	const struct row *r = &rows[_i];
	char span[128];
	struct quantity q = read_at(r->text, r->at, span, sizeof span);

	ck_assert_msg(q.dim == r->dim, "%s: dim %s, expected %s", r->text,
	              quantity_dim_str(q.dim), quantity_dim_str(r->dim));
	ck_assert_msg(fabs(q.value - r->value) <= 1e-9 * fabs(r->value),
	              "%s: value %g, expected %g", r->text, q.value, r->value);
	ck_assert_msg(q.lo <= q.value && q.value <= q.hi,
	              "%s: %g outside [%g, %g]", r->text, q.value, q.lo, q.hi);
	if (r->span)
		ck_assert_msg(strcmp(span, r->span) == 0, "%s: read \"%s\"",
		              r->text, span);
	if (r->currency) {
		uint32_t id = lexicon_intern(lx, (const uint8_t *)r->currency,
		                             strlen(r->currency));

		ck_assert_msg(q.currency == id, "%s: wrong currency", r->text);
	}
}
END_TEST

/* ---- what is counted ---------------------------------------------- */

struct event_row {
	const char *text, *at;
	enum quantity_event event;
	enum quantity_class cls;
};

static const struct event_row event_rows[] = {
	{ "The blast killed 191 people on Thursday.", "191", QUANTITY_DEAD,
	  QUANTITY_PERSONS },
	{ "Officials reported 300 deaths in the province.", "300",
	  QUANTITY_DEAD, QUANTITY_PERSONS },
	{ "The death toll rose to 76 by late Monday.", "76", QUANTITY_DEAD,
	  QUANTITY_PERSONS },
	/* A bare count after a verb of level is its subject's, further
	 * back; one with a noun of its own is not. */
	{ "The death toll from the floods in the northern province rose to "
	  "31 on Tuesday.", "31", QUANTITY_DEAD, QUANTITY_PERSONS },
	{ "The number of people injured in the blasts has climbed to 150.",
	  "150", QUANTITY_INJURED, QUANTITY_PERSONS },
	{ "Crews searching for the dead in the flooded valley reached 31 "
	  "farms.", "31", QUANTITY_NO_EVENT, QUANTITY_NO_CLASS },
	{ "The dead were buried as the river in the valley rose by 3 "
	  "meters.", "3", QUANTITY_NO_EVENT, QUANTITY_NO_CLASS },
	{ "He faces 191 counts of murder.", "191", QUANTITY_DEAD,
	  QUANTITY_NO_CLASS },
	{ "He faces 1,430 counts of attempted murder.", "1,430",
	  QUANTITY_NO_EVENT, QUANTITY_NO_CLASS },
	{ "At least 12 people were killed in the crash.", "12", QUANTITY_DEAD,
	  QUANTITY_PERSONS },
	{ "The quake left 80 dead and 400 injured.", "80", QUANTITY_DEAD,
	  QUANTITY_PERSONS },
	{ "The quake left 80 dead and 400 injured.", "400",
	  QUANTITY_INJURED, QUANTITY_PERSONS },
	{ "Gunmen killed 35 villagers and wounded 60 others.", "35",
	  QUANTITY_DEAD, QUANTITY_PERSONS },
	{ "Gunmen killed 35 villagers and wounded 60 others.", "60",
	  QUANTITY_INJURED, QUANTITY_PERSONS },
	{ "More than 200 passengers were hurt.", "200", QUANTITY_INJURED,
	  QUANTITY_PERSONS },
	/* A count opening its own clause after "and" has its clause's
	 * event, not the one before. */
	{ "The ministry said 54 people were injured and 17 were still "
	  "missing.", "17", QUANTITY_MISSING, QUANTITY_PERSONS },
	{ "The ministry said 54 people were injured and 17 were still "
	  "missing.", "54", QUANTITY_INJURED, QUANTITY_PERSONS },
	{ "The storm killed 12 and injured 40.", "40", QUANTITY_INJURED,
	  QUANTITY_PERSONS },
	{ "Another 20 people remained unaccounted for.", "20",
	  QUANTITY_MISSING, QUANTITY_PERSONS },
	{ "Nine fishermen are still missing.", "Nine", QUANTITY_MISSING,
	  QUANTITY_PERSONS },
	/* An event feared is still the count's event. */
	{ "At least 40 people were feared missing.", "40", QUANTITY_MISSING,
	  QUANTITY_PERSONS },
	{ "Twelve fishermen were feared dead.", "Twelve", QUANTITY_DEAD,
	  QUANTITY_PERSONS },
	{ "Some 20 people were feared to have drowned.", "20", QUANTITY_DEAD,
	  QUANTITY_PERSONS },
	{ "Police arrested 640 protesters downtown.", "640",
	  QUANTITY_ARRESTED, QUANTITY_PERSONS },
	{ "Some 640 people have been detained since May.", "640",
	  QUANTITY_ARRESTED, QUANTITY_PERSONS },
	{ "Troops evacuated 5,000 residents from the valley.", "5,000",
	  QUANTITY_EVACUATED, QUANTITY_PERSONS },
	{ "The floods left 20,000 people homeless.", "20,000",
	  QUANTITY_HOMELESS, QUANTITY_PERSONS },
	{ "Floods killed 27 people and left 2.5 million others displaced.",
	  "2.5", QUANTITY_HOMELESS, QUANTITY_PERSONS },
	{ "At least 3 million people have either been marooned or "
	  "displaced.", "3", QUANTITY_HOMELESS, QUANTITY_PERSONS },
	{ "Divers rescued 14 crew members.", "14", QUANTITY_RESCUED,
	  QUANTITY_PERSONS },
	{ "The maker is recalling 61 kinds of heaters.", "61", QUANTITY_RECALLED,
	  QUANTITY_NO_CLASS },
	/* Not an event: a ship's tonnage, the size of a tanker. */
	{ "The 280,000 dead weight tons tanker sailed.", "280,000",
	  QUANTITY_NO_EVENT, QUANTITY_VESSELS },
	/* Nouns and their classes. */
	{ "Four white police officers were charged.", "Four",
	  QUANTITY_NO_EVENT, QUANTITY_PERSONS },
	{ "The judge freed all four of the white officers.", "four",
	  QUANTITY_NO_EVENT, QUANTITY_PERSONS },
	{ "A fleet of about 30 coastguard and other ships joined.", "30",
	  QUANTITY_NO_EVENT, QUANTITY_VESSELS },
	{ "Three helicopters flew over the site.", "Three", QUANTITY_NO_EVENT,
	  QUANTITY_AIRCRAFT },
	{ "The group killed five Americans in all.", "five", QUANTITY_DEAD,
	  QUANTITY_PERSONS },
	/* An event word that is not said of the count. */
	{ "Four officers were charged with murder.", "Four",
	  QUANTITY_NO_EVENT, QUANTITY_PERSONS },
	{ "The 2006 raids, which killed 12, were condemned.", "2006",
	  QUANTITY_NO_EVENT, QUANTITY_NO_CLASS },
	{ "He denied two counts of murder.", "two", QUANTITY_DEAD,
	  QUANTITY_NO_CLASS },
	/* What became of stuff. */
	{ "The barge spilled 4,000 tons of fuel.", "4,000", QUANTITY_SPILLED,
	  QUANTITY_NO_CLASS },
	{ "The tanker was carrying 90,000 tons of fuel.", "90,000",
	  QUANTITY_CARRIED, QUANTITY_NO_CLASS },
	{ "The tanker ran aground, spilling about 9,000 tons of crude.",
	  "9,000", QUANTITY_SPILLED, QUANTITY_NO_CLASS },
	/* Moved out, in other words. */
	{ "About 15,000 residents have been relocated.", "15,000",
	  QUANTITY_EVACUATED, QUANTITY_PERSONS },
	{ "The floods forced 12,000 residents from their homes.", "12,000",
	  QUANTITY_EVACUATED, QUANTITY_PERSONS },
	{ "The floods cut 12,000 residents off from the capital.", "12,000",
	  QUANTITY_NO_EVENT, QUANTITY_PERSONS },
	{ "About 2,400 residents were ordered to leave.", "2,400",
	  QUANTITY_EVACUATED, QUANTITY_PERSONS },
	{ "About 2,400 residents were told to stay indoors.", "2,400",
	  QUANTITY_NO_EVENT, QUANTITY_PERSONS },
};

START_TEST(quantity_event_rows_say_what_is_counted)
{
	const struct event_row *r = &event_rows[_i];
	struct quantity q = quantity_at(r->text, r->at);

	ck_assert_msg(q.event == r->event, "%s (%s): event \"%s\", expected "
	              "\"%s\"", r->text, r->at, quantity_event_str(q.event),
	              quantity_event_str(r->event));
	ck_assert_msg(q.cls == r->cls, "%s (%s): class \"%s\", expected \"%s\"",
	              r->text, r->at, quantity_class_str(q.cls),
	              quantity_class_str(r->cls));
}
END_TEST

START_TEST(quantity_noun_is_the_head_of_its_phrase)
{
	struct quantity a = quantity_at("Four white police officers were "
	                                "charged.", "Four");
	struct quantity b = quantity_at("The judge freed all four of the "
	                                "white officers.", "four");
	struct quantity c = quantity_at("A fleet of about 30 coastguard and "
	                                "other ships joined.", "30");
	struct quantity d = quantity_at("The coast guard said 36 ships took "
	                                "part.", "36");

	ck_assert_uint_ne(a.noun, 0);
	ck_assert_uint_eq(a.noun, b.noun);
	ck_assert_uint_eq(c.noun, d.noun);
}
END_TEST

START_TEST(quantity_hyphened_unit_before_a_noun_is_attributive)
{
	struct quantity a = quantity_at("The 146,000-ton freighter sank.",
	                                "146,000");
	struct quantity b = quantity_at("The freighter spilled 146,000 tons.",
	                                "146,000");
	struct quantity c = quantity_at("Jurors read the 22-page indictment.",
	                                "22");
	struct quantity d = quantity_at("Damage was put at 21.6-billion won.",
	                                "21.6");

	ck_assert(a.attributive);
	ck_assert(!b.attributive);
	ck_assert(!d.attributive);
	ck_assert_uint_ne(c.noun, 0);
	ck_assert_uint_eq(quantity_relate(&a, &b), QUANTITY_UNRELATED);
}
END_TEST

START_TEST(quantity_other_marks_a_part)
{
	struct quantity a = quantity_at("It killed three other American "
	                                "officials.", "three");
	struct quantity b = quantity_at("It killed three American officials.",
	                                "three");
	struct quantity c = quantity_at("More than 300,000 of the tainted toys "
	                                "were sold.", "300,000");
	struct quantity d = quantity_at("It recalled 845,000 plastic toys.",
	                                "845,000");

	struct quantity e = quantity_at("Of the injured, eight were in serious "
	                                "condition.", "eight");
	struct quantity f = quantity_at("Of those, 12 were children.", "12");
	struct quantity g = quantity_at("In all, eight were in serious "
	                                "condition.", "eight");
	struct quantity h = quantity_at("Thirty were hurt. Of course, eight "
	                                "were in serious condition.", "eight");

	ck_assert(a.part);
	ck_assert(!b.part);
	ck_assert(c.part);	/* some of the toys */
	ck_assert(!d.part);
	ck_assert(e.part);	/* the set set before the count */
	ck_assert(f.part);
	ck_assert(!g.part);
	ck_assert(!h.part);	/* "of" with no set */
}
END_TEST

/* "Others" after a count of another event are all of their own event;
 * after a count of the same event, some more of it. */
START_TEST(quantity_others_of_another_event_are_a_whole)
{
	struct quantity a = quantity_at("Gunmen killed 35 villagers and "
	                                "wounded 60 others.", "60");
	struct quantity b = quantity_at("Floods killed 27 people and left 2.5 "
	                                "million others displaced.", "2.5");
	struct quantity c = quantity_at("Five people died in the blast and "
	                                "three others died later.", "three");
	struct quantity d = quantity_at("The blast wounded three others.",
	                                "three");
	struct quantity e = quantity_at("Five people died in the blast and "
	                                "three others were injured.", "three");

	ck_assert(!a.part);
	ck_assert_int_eq(a.event, QUANTITY_INJURED);
	ck_assert(!b.part);
	ck_assert(c.part);
	ck_assert_int_eq(c.event, QUANTITY_DEAD);
	ck_assert(d.part);	/* others than someone named before */
	ck_assert(!e.part);	/* the event after the earlier noun */
	ck_assert_int_eq(e.event, QUANTITY_INJURED);
}
END_TEST

/* ---- two reports -------------------------------------------------- */

struct pair_row {
	const char *left, *lat, *right, *rat;
	enum quantity_link link;
	enum quantity_verdict verdict;	/* when related */
};

static const struct pair_row pair_rows[] = {
	/* Lengths across spellings and units. */
	{ "The site is 90 kilometres southwest of the capital.", "90",
	  "The site is approximately 150 kilometers southwest of the capital.",
	  "150", QUANTITY_SAME, QUANTITY_DIFFER },
	{ "The tanker was berthed five miles off the beach.", "five",
	  "The tanker was anchored 7 miles off the beach.", "7",
	  QUANTITY_SAME_KIND, QUANTITY_DIFFER },
	{ "A boom five miles long was laid.", "five",
	  "A fence 8 kilometers long was laid.", "8", QUANTITY_SAME_KIND,
	  QUANTITY_MATCH },
	{ "It lay about 6 nautical miles offshore.", "6",
	  "It lay 11 kilometers offshore.", "11", QUANTITY_SAME_KIND,
	  QUANTITY_MATCH },
	{ "The road runs some eight kilometres.", "eight",
	  "The road runs 7.5 kilometers.", "7.5", QUANTITY_SAME,
	  QUANTITY_COMPATIBLE },
	{ "A slick of spilt fuel stretches four kilometres.", "four",
	  "The slick was 6.1 kilometers (3.8 miles) long.", "6.1",
	  QUANTITY_SAME, QUANTITY_DIFFER },
	{ "A fence some eight kilometres long was laid.", "eight",
	  "A fence 7.5 kilometers in length was laid.", "7.5",
	  QUANTITY_SAME_KIND, QUANTITY_COMPATIBLE },
	/* Months are 28 to 31 days, but 14 months are not 13. */
	{ "The verdict ended a 14-month trial.", "14",
	  "The verdict ended a 13-month trial.", "13",
	  QUANTITY_SAME, QUANTITY_DIFFER },
	{ "The trial lasted 14 months.", "14",
	  "The trial lasted 14 months in all.", "14",
	  QUANTITY_SAME_KIND, QUANTITY_MATCH },
	/* Those sent to help, in any of their names. */
	{ "Some 160 rescuers worked through the night.", "160",
	  "More than 150 rescue workers worked through the night.", "150",
	  QUANTITY_SAME, QUANTITY_COMPATIBLE },
	{ "Some 200 firefighters and paramedics rushed to the scene.", "200",
	  "About 700 rescuers rushed to the scene.", "700",
	  QUANTITY_SAME, QUANTITY_DIFFER },
	/* Single values more than a tenth apart, though a hedge's margin
	 * reaches the other: 3,000 metres is 9,843 feet. */
	{ "The crew reported the fault at 3,000 metres.", "3,000",
	  "The crew reported the fault at about 11,000 feet.", "11,000",
	  QUANTITY_SAME_KIND, QUANTITY_DIFFER },
	{ "The crew reported the fault at 3,000 metres.", "3,000",
	  "The crew reported the fault at about 10,000 feet.", "10,000",
	  QUANTITY_SAME_KIND, QUANTITY_MATCH },
	/* "Just under" stays close to its bound; "under" reaches far. */
	{ "Turnout was 61.2 percent of voters.", "61.2",
	  "Turnout was just under 64 percent of voters.", "64",
	  QUANTITY_SAME, QUANTITY_DIFFER },
	{ "Turnout was 61.2 percent of voters.", "61.2",
	  "Turnout was under 64 percent of voters.", "64",
	  QUANTITY_SAME, QUANTITY_MATCH },
	{ "Turnout was 63.5 percent of voters.", "63.5",
	  "Turnout was just under 64 percent of voters.", "64",
	  QUANTITY_SAME, QUANTITY_MATCH },
	/* A scale's reading, its name before it or linked to it. */
	{ "The survey put the magnitude at 6.8.", "6.8",
	  "The survey recorded the quake at magnitude 7.0, officials said.",
	  "7.0", QUANTITY_SAME_KIND, QUANTITY_DIFFER },
	{ "The strongest aftershock was of magnitude 5.1.", "5.1",
	  "Several aftershocks were above magnitude 4.", "4", QUANTITY_SAME,
	  QUANTITY_COMPATIBLE },
	/* Power in any multiple of the watt. */
	{ "Demand hit a record 12.4 GW on Tuesday.", "12.4",
	  "Demand hit a record 12,400 megawatts on Tuesday.", "12,400",
	  QUANTITY_SAME_KIND, QUANTITY_MATCH },
	{ "Demand hit a record 12.4GW on Tuesday.", "12.4",
	  "Demand hit a record 11,870 MW on Tuesday.", "11,870",
	  QUANTITY_SAME_KIND, QUANTITY_DIFFER },
	/* A storm's category is no count of storms. */
	{ "The storm came ashore as a Category 3 storm.", "3",
	  "The Category 4 storm came ashore overnight.", "4", QUANTITY_SAME,
	  QUANTITY_DIFFER },
	/* Temperatures on either scale, whose zeros differ. */
	{ "Temperatures reached 45C in the capital on Monday.", "45",
	  "Temperatures reached 113 degrees Fahrenheit in the capital.",
	  "113", QUANTITY_SAME_KIND, QUANTITY_MATCH },
	{ "The surface could be as hot as 80C.", "80",
	  "The surface temperature is about 60 C (140 F).", "60",
	  QUANTITY_SAME_KIND, QUANTITY_DIFFER },
	{ "Temperatures reached 43C on Monday.", "43",
	  "Temperatures reached 109.4\xC2\xB0" "F on Monday.", "109.4",
	  QUANTITY_SAME_KIND, QUANTITY_MATCH },
	/* A letter joined to a number names a thing: no temperature. */
	{ "The air force sent 12 F-16 jets.", "12",
	  "The air force sent 15 F-16 jets.", "15", QUANTITY_SAME_KIND,
	  QUANTITY_DIFFER },
	/* A rate moved by points, however written. */
	{ "The bank raised its rate by three-quarters of a percentage point.",
	  "three", "The bank raised its rate by 50 basis points.", "50",
	  QUANTITY_SAME_KIND, QUANTITY_DIFFER },
	{ "The bank raised its rate by one percentage point.", "one",
	  "The bank raised its rate by 100 basis points.", "100",
	  QUANTITY_SAME_KIND, QUANTITY_MATCH },
	/* Rain, however its depth is written. */
	{ "The river rose after 210 millimeters of rain fell.", "210",
	  "The river rose after 230 mm of rain fell.", "230",
	  QUANTITY_SAME, QUANTITY_DIFFER },
	{ "Snow lay 8 inches deep on the pass.", "8",
	  "Snow lay 20 cm deep on the pass.", "20", QUANTITY_SAME_KIND,
	  QUANTITY_MATCH },
	/* People carried are no cargo. */
	{ "The ship carried 21 crew members.", "21",
	  "The tanker was carrying 21 crew members.", "21", QUANTITY_SAME,
	  QUANTITY_MATCH },
	/* A ton is a tonne give or take a tenth. */
	{ "The carrier is rated at 280,000 deadweight tonnes.", "280,000",
	  "The carrier is rated at 280,000 dead weight tons.", "280,000",
	  QUANTITY_SAME_KIND, QUANTITY_MATCH },
	{ "It carried about 12,000 tons of oil.", "12,000",
	  "It carried about 210,000 tons of crude oil.", "210,000",
	  QUANTITY_SAME, QUANTITY_DIFFER },
	/* Oil spilled and oil carried are two quantities. */
	{ "The barge spilled 4,000 tons of fuel.", "4,000",
	  "The tanker was carrying 90,000 tons of fuel.", "90,000",
	  QUANTITY_UNRELATED, QUANTITY_MATCH },
	{ "The tanker was carrying 7,000 tons of fuel.", "7,000",
	  "The ship was carrying about 90,000 tons of fuel.", "90,000",
	  QUANTITY_SAME, QUANTITY_DIFFER },
	/* A noun in -ing; synonyms from the lexicon. */
	{ "They held a 40-minute meeting.", "40",
	  "They held a 40-minute discussion.", "40", QUANTITY_SAME,
	  QUANTITY_MATCH },
	/* Ages, however written. */
	{ "Mr. Ruiz, a 41-year-old from Dover, pleaded guilty.", "41",
	  "Defendant Omar Ruiz, 41, pleaded guilty.", "41",
	  QUANTITY_SAME_KIND, QUANTITY_MATCH },
	/* Barrels and litres are one volume; tons and barrels are not. */
	{ "About 52,000 barrels of fuel leaked.", "52,000",
	  "Some 8.3 million liters of fuel leaked.", "8.3", QUANTITY_SAME,
	  QUANTITY_MATCH },
	{ "More than 7,000 tons of fuel leaked.", "7,000",
	  "About 52,000 barrels of fuel leaked.", "52,000", QUANTITY_UNRELATED,
	  QUANTITY_MATCH },
	/* Money: one currency with itself, never across. */
	{ "Damage was put at 21.6-billion won.", "21.6",
	  "Damage was put at 35.2 billion won.", "35.2", QUANTITY_SAME_KIND,
	  QUANTITY_DIFFER },
	{ "The bill came to 27-million dollars.", "27",
	  "The bill came to US$39 million.", "39", QUANTITY_SAME_KIND,
	  QUANTITY_DIFFER },
	{ "Damage was put at 21.6-billion won.", "21.6",
	  "The bill came to 27-million dollars.", "27", QUANTITY_UNRELATED,
	  QUANTITY_MATCH },
	{ "The fine was $250,000.", "250,000",
	  "He faces fines of up to $250,000.", "250,000", QUANTITY_SAME,
	  QUANTITY_MATCH },
	/* A total against one sentence: not one quantity. */
	{ "Each faces sentences of some 40,000 years.", "40,000",
	  "He was given a 10-year sentence.", "10", QUANTITY_UNRELATED,
	  QUANTITY_MATCH },
	{ "Each faces sentences of some 40,000 years.", "40,000",
	  "The prison time could total nearly 40,000 years.", "40,000",
	  QUANTITY_SAME_KIND, QUANTITY_MATCH },
	{ "The longest term he can serve is 40 years.", "40",
	  "He would not serve more than 40 years.", "40", QUANTITY_SAME_KIND,
	  QUANTITY_MATCH },
	{ "He faces up to five years in prison.", "five",
	  "The charge carries five years in prison.", "five",
	  QUANTITY_SAME_KIND, QUANTITY_MATCH },
	/* The dead, however written. */
	{ "The blast killed 191 people on Thursday.", "191",
	  "He faces 191 counts of murder.", "191", QUANTITY_SAME,
	  QUANTITY_MATCH },
	{ "The blast killed 191 people on Thursday.", "191",
	  "Officials reported 191 deaths in all.", "191", QUANTITY_SAME,
	  QUANTITY_MATCH },
	{ "At least 12 people were killed in the crash.", "12",
	  "The crash killed 14 people.", "14", QUANTITY_SAME,
	  QUANTITY_COMPATIBLE },
	{ "Nearly 70 people died in the fire.", "70",
	  "The fire killed 82 people.", "82", QUANTITY_SAME, QUANTITY_DIFFER },
	{ "More than 400 were wounded in the clashes.", "400",
	  "More than 470 people were injured in the clashes.", "470",
	  QUANTITY_SAME, QUANTITY_COMPATIBLE },
	{ "The quake left 80 dead and 400 injured.", "80",
	  "The quake left 80 dead and 400 injured.", "400",
	  QUANTITY_UNRELATED, QUANTITY_MATCH },
	{ "Troops evacuated 5,000 residents.", "5,000",
	  "The floods left 5,000 people homeless.", "5,000",
	  QUANTITY_UNRELATED, QUANTITY_MATCH },
	{ "Police arrested 640 protesters downtown.", "640",
	  "Some 640 people have been detained since May.", "640",
	  QUANTITY_SAME, QUANTITY_MATCH },
	/* The feared and the found are two counts: one when they agree;
	 * the feared missing and the feared dead, two quantities. */
	{ "At least 12 people were feared dead.", "12",
	  "The crash killed 8 people.", "8", QUANTITY_SAME_KIND,
	  QUANTITY_DIFFER },
	{ "At least 40 people were feared missing.", "40",
	  "Some 20 people were feared to have drowned.", "20",
	  QUANTITY_UNRELATED, QUANTITY_MATCH },
	{ "Twelve fishermen were feared dead.", "Twelve",
	  "Some 20 people were feared to have drowned.", "20",
	  QUANTITY_SAME, QUANTITY_DIFFER },
	/* Two sets of the dead named apart. */
	{ "The group killed five Americans in all.", "five",
	  "It killed three other American officials.", "three",
	  QUANTITY_SAME_KIND, QUANTITY_DIFFER },
	/* Nouns. */
	{ "Four white police officers were charged.", "Four",
	  "The judge freed all four of the white officers.", "four",
	  QUANTITY_SAME, QUANTITY_MATCH },
	{ "A fleet of about 30 coastguard and other ships joined.", "30",
	  "The coast guard said 36 ships took part.", "36", QUANTITY_SAME,
	  QUANTITY_DIFFER },
	{ "The tanker carried 21 crew members from four countries.", "21",
	  "Its 21-member crew is safe.", "21", QUANTITY_SAME_KIND,
	  QUANTITY_MATCH },
	{ "The trial of 29 suspects opened.", "29",
	  "The first of 29 defendants took the stand.", "29",
	  QUANTITY_SAME_KIND, QUANTITY_MATCH },
	{ "Three helicopters flew over the site.", "Three",
	  "Three ships sailed to the site.", "Three", QUANTITY_UNRELATED,
	  QUANTITY_MATCH },
	{ "Officials counted 80 tents at the camp.", "80",
	  "Officials counted 80 wells at the camp.", "80", QUANTITY_UNRELATED,
	  QUANTITY_MATCH },
};

START_TEST(quantity_pairs_relate_and_judge)
{
	const struct pair_row *r = &pair_rows[_i];
	struct quantity a = quantity_at(r->left, r->lat);
	struct quantity b = quantity_at(r->right, r->rat);
	enum quantity_link link = quantity_relate(&a, &b);

	ck_assert_msg(link == r->link, "%s / %s: link %d, expected %d",
	              r->left, r->right, link, r->link);
	ck_assert_msg(quantity_relate(&b, &a) == link, "%s / %s: not symmetric",
	              r->left, r->right);
	if (link == QUANTITY_UNRELATED)
		return;
	ck_assert_msg(quantity_judge(&a, &b) == r->verdict,
	              "%s / %s: verdict %d, expected %d", r->left, r->right,
	              quantity_judge(&a, &b), r->verdict);
	ck_assert_int_eq(quantity_judge(&b, &a), r->verdict);
}
END_TEST

/* ---- context ------------------------------------------------------ */

static size_t
context_of(const char *text, const char *at, uint32_t *out)
{
	struct article *a = t_article(text);
	struct figure_vec v = { 0 };
	struct quantity_site s;
	const char *p = strstr(text, at);
	size_t pos = (size_t)(p - text), i, n;
	const struct article_para *pp;

	article_analyze(a, lx);
	figure_scan(fw, lx, a, 0, &v);
	for (i = 0; i < v.n; i++)
		if (v.v[i].nstart <= pos && pos < v.v[i].nend)
			break;
	ck_assert(i < v.n);
	pp = &a->para[0];
	memset(&s, 0, sizeof s);
	s.tok = a->tok + pp->tok;
	s.ntok = pp->ntok;
	s.text = a->text + pp->start;
	for (s.first = 0;
	     s.first < s.ntok && s.tok[s.first].start < v.v[i].start;
	     s.first++)
		;
	for (s.last = s.first; s.last + 1 < s.ntok &&
	                       s.tok[s.last + 1].start < v.v[i].end;
	     s.last++)
		;
	n = quantity_context(qw, &s, QUANTITY_CONTEXT_WIDE, out);
	free(v.v);
	article_free(a);
	return n;
}

START_TEST(quantity_context_is_the_sentence_around_the_figure)
{
	uint32_t a[QUANTITY_CONTEXT_MAX], b[QUANTITY_CONTEXT_MAX];
	uint32_t c[QUANTITY_CONTEXT_MAX];
	size_t na = context_of("Rain fell. The tanker lay 90 kilometres "
	                       "southwest of the capital. Crews waited.",
	                       "90", a);
	size_t nb = context_of("The site was approximately 150 kilometers "
	                       "southwest of the capital.", "150", b);
	size_t nc = context_of("The slick stretched five kilometres, "
	                       "officials said.", "five", c);
	uint32_t d[QUANTITY_CONTEXT_MAX];
	size_t nd = context_of("It lay 6 nautical miles (7 miles; 11 "
	                       "kilometers) off the capital.", "11", d);
	size_t i;

	ck_assert_uint_gt(na, 0);
	/* sorted, distinct; the other sentences and the unit left out */
	for (i = 1; i < na; i++)
		ck_assert_uint_lt(a[i - 1], a[i]);
	for (i = 0; i < na; i++) {
		size_t len;
		const uint8_t *w = lexicon_word(lx, a[i], &len);

		ck_assert(len != 4 || memcmp(w, "rain", 4) != 0);
		ck_assert(len != 5 || memcmp(w, "crews", 5) != 0);
		ck_assert(len < 9 || memcmp(w, "kilometr", 8) != 0);
	}
	ck_assert_double_gt(quantity_context_overlap(a, na, b, nb), 0.3);
	ck_assert_double_eq(quantity_context_overlap(a, na, c, nc), 0);
	ck_assert_double_eq(quantity_context_overlap(a, 0, c, nc), 0);
	/* A semicolon inside a sentence does not end it. */
	ck_assert_double_gt(quantity_context_overlap(a, na, d, nd), 0);
}
END_TEST

START_TEST(quantity_names_are_total)
{
	ck_assert_str_eq(quantity_dim_str(QUANTITY_VOLUME), "volume");
	ck_assert_str_eq(quantity_event_str(QUANTITY_DEAD), "dead");
	ck_assert_str_eq(quantity_class_str(QUANTITY_VESSELS), "vessels");
	ck_assert_str_eq(quantity_dim_str(QUANTITY_DIM_COUNT), "?");
	ck_assert_str_eq(quantity_event_str(QUANTITY_EVENT_COUNT), "?");
	ck_assert_str_eq(quantity_class_str(QUANTITY_CLASS_COUNT), "?");
}
END_TEST

START_TEST(quantity_words_free_accepts_null)
{
	quantity_words_free(NULL);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("quantity");
	TCase *tc;

	tc = tcase_create("units read to a base unit");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, quantity_rows_read_dimension_value_unit, 0,
	                    sizeof rows / sizeof *rows);
	suite_add_tcase(s, tc);

	tc = tcase_create("what is counted");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, quantity_event_rows_say_what_is_counted, 0,
	                    sizeof event_rows / sizeof *event_rows);
	tcase_add_test(tc, quantity_noun_is_the_head_of_its_phrase);
	tcase_add_test(tc, quantity_other_marks_a_part);
	tcase_add_test(tc, quantity_others_of_another_event_are_a_whole);
	tcase_add_test(tc, quantity_hyphened_unit_before_a_noun_is_attributive);
	suite_add_tcase(s, tc);

	tc = tcase_create("two reports");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, quantity_pairs_relate_and_judge, 0,
	                    sizeof pair_rows / sizeof *pair_rows);
	tcase_add_test(tc, quantity_context_is_the_sentence_around_the_figure);
	suite_add_tcase(s, tc);

	tc = tcase_create("names");
	tcase_add_test(tc, quantity_names_are_total);
	tcase_add_test(tc, quantity_words_free_accepts_null);
	suite_add_tcase(s, tc);
	return s;
}
