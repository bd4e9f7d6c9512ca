// Package numgen writes a decimal in every way a Chinese text writes
// numbers, each with the exact value it denotes. It is the generator of
// the differential fuzz target of the numeral grammar (issue 13): take a
// random decimal, Render it, parse every form back, and compare the value
// with the form's Value.
//
// # Input
//
// A Decimal is a sign, integer digits and fraction digits, of any length
// (Parse("-12345678901234567890.05"), FromInts for fuzzers). Zero is never
// negative. The canonical text of a value (Decimal.String) has no leading
// zeros, no trailing fraction zeros and a minus sign only below zero:
// every Form's Value is written that way.
//
// # Forms
//
// Render gives the forms below, each once per sign spelling when the
// number is negative: 负 or 負 in front of Chinese forms (负十二点五), -, −
// (U+2212) or － (U+FF0D) in front of Arabic forms, any of these four but
// 負 in front of mixed forms. A style that cannot write a number is left
// out (no 角分 form of 0.125, no elliptic form of 105), and a form that
// another style already wrote with the same kind and text is not repeated.
// Examples are for 12, 105, 36000, 2205.5, 0.35 and 100100000.
//
// Numbers (Kind Number, Value the number; a caller adds a unit):
//
//	arabic                 12  2205.5  0.35            as written, trailing zeros kept
//	arabic-grouped         2,205.5  100,100,000        more than three integer digits
//	arabic-grouped-wide    2，205.5                     full-width comma
//	arabic-leading-point   .35                         integer part 0
//	lower                  十二  一百零五  二千二百零五点五  零点三五  一亿零一十万
//	lower-trad             兩千兩百零五點五  一億零一十萬  萬 億 點, and 兩 (see Two)
//	lower-liang            两千两百零五点五             二 as 两 (see Two)
//	lower-yishi            一十二                      一十 at the start too
//	lower-bare-shi         一百十二 (112)  一亿零十万     一十 as 十 everywhere
//	lower-elliptic         三万六 (36000)  三百五 (350)  last place unit dropped
//	lower-leading-point    点三五                       integer part 0
//	digits                 一〇五  二二〇五点五          digit by digit, 〇; three or more integer digits
//	digits-ling            一零五                       digit by digit, 零
//	digits-circle          一○五                       digit by digit, ○ (U+25CB)
//	upper                  壹拾贰  壹佰零伍  贰仟贰佰零伍点伍  financial capitals, 壹拾 always
//	upper-trad             貳仟貳佰零伍點伍              貳 參 陸 萬 億 點
//	mixed-wan              3.6万  10010万              five or more integer digits
//	mixed-qianwan          3.6千万                      eight integer digits
//	mixed-yi               1.001亿                      nine or more integer digits
//	mixed-sections         3万6000  1亿零10万  3万零800  Arabic sections with 亿 and 万, 5 to 12 digits
//	mixed-sections-nozero  3万800 (30800)              零 only before a one-digit section or after a gap
//
// Amounts (Kind Amount, Value in 元), for numbers of at most two
// significant decimals:
//
//	money-arabic      12元  2205.5元  0.35元
//	money-symbol      ¥2,205.5  ¥12                 not negative
//	money-upper       壹拾贰元整  贰仟贰佰零伍元伍角  叁角伍分  贰拾元零伍分  零元整
//	money-upper-zero  壹仟陆佰捌拾元零叁角贰分         the optional 零 after 元 (元 digit 0, 角 not)
//	money-upper-alt   壹拾贰圆正                     圆 and 正
//	money-upper-rmb   人民币壹拾贰元整                not negative
//	money-lower       十二元  二千二百零五元五角  三角五分  零元
//	money-spoken      十二块钱  两块钱  七块五  七块五毛三  四块零六  八毛  八毛五  五分钱
//	                  (not negative, not zero)
//
// Percentages (Kind Percent, Value in percent):
//
//	percent                   12%  -0.5%
//	percent-wide              12％
//	percent-lower             百分之十二  百分之负零点五     the sign after 百分之
//	percent-lower-sign-first  负百分之零点五                 the sign before 百分之
//	percent-leading-point     百分之点五
//	permille                  120‰  (12%)
//	permille-lower            千分之一百二十                  value ×10 after 千分之
//
// # Rules
//
// Zeros (lower, upper and their variants): a number is split at 亿
// recursively, so that the part above 亿 is itself a number (10^12 is
// 一万亿, 10^16 一亿亿, 1000100000000 一万零一亿), and below 亿 at 万. One
// 零 stands for each run of skipped places between two written digits,
// within a section (一千零五, 一千零一十) and across 万 and 亿
// (一万零五百, 一亿零五十万); none is written at the end (一千五百, 三万).
// 万万 for 亿 and 兆 are never written.
//
// Ten: lower forms write 十 alone for a leading 1 in the tens place (十二,
// 十五万, 十亿), and 一十 elsewhere (一百一十, 一千零一十, 一亿零一十万); the
// financial capitals always write 壹拾.
//
// Two: lower-liang, lower-trad and money-spoken write 两 for 二 before 百
// and 千, and before 万 or 亿 when it begins the number (两万, 两亿, but
// 十二万, 二十).
//
// Decimals: the point (点, 點 in the traditional forms) is followed by
// every fraction digit written as given, zeros included (十二点五零 for
// 12.50); the integer part 0 is 零 (零点五), or left out in the
// leading-point forms.
//
// # Case files
//
// ReadCases reads the hand-written numeral cases of issue 13
// (extract/values/testdata/numerals/*.tsv, described in the README there)
// and checks each row: its columns, kinds and decimals, its raw text within
// its input, and its canonical value equal to its number times the
// multiplier of its unit (5 万元 → 50000, 八成 → 80).
package numgen
