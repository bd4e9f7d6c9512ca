// Package cjk is the floor every reader and stage of jixiao stands on: the
// primitives over UTF-8 text that is mostly Chinese, and the one grammar of
// Chinese numerals and list markers. Nothing here knows of reports; it uses
// the standard library only.
//
// Every primitive that is written for speed keeps its plain definition
// beside it (an unexported ...Ref function) and a differential fuzz target
// holds the two to the same answers on any input, invalid UTF-8 included.
// The byte tricks of jixiao live here and nowhere else.
//
// # White space
//
// White space is one set of characters, everywhere: Unicode's White_Space
// (TAB, LF, VT, FF, CR, space, U+0085, U+00A0, U+1680, U+2000–U+200A,
// U+2028, U+2029, U+202F, U+205F and the ideographic space U+3000, which
// Word pads cells with) and the invisible U+200B (zero-width space) and
// U+FEFF (a byte order mark inside the text), which converters leave
// behind. IsSpace tests a character; SpaceAt and SpaceBefore find one by its
// bytes; Trim, TrimSpace, StripSpace and AllSpace apply the set to texts.
// A blank (IsBlank) is white space within a line: the set without LF, VT,
// FF, CR, U+0085, U+2028 and U+2029.
//
// # Characters
//
// Decode and DecodeLast read a character as package utf8 does, with the
// three-byte characters of CJK text decoded inline. A Set is a set of
// characters with a scan for the next member (Set.Index); Words indexes a
// list of words by first character, for scanners that look for any of many
// words at every character (label and affix vocabularies).
//
// # Numerals
//
// Chinese digits (Digit) are 零 〇 ○ (0), 一 壹 (1), 二 两 兩 俩 贰 貳 (2),
// 三 叁 參, 四 肆, 五 伍, 六 陆 陸, 七 柒, 八 捌, 九 玖; multipliers (Power) 十
// 拾, 百 佰, 千 仟, 万 萬, 亿 億; tens characters (Tens) 廿 卅 卌. Int evaluates
// a run of them positionally: 十五 15, 一百零五 105, 两千 2000, 三万五千
// 35000, 一亿五千万 150000000, 壹佰贰拾叁 123, 廿三 23, and the spoken 一千五
// 1500; a digit string (二〇二三) is not an integer (a year reads it digit
// by digit). Ordinal reads the ordinals of list markers, 一 to 九十九.
//
// # List markers
//
// ScanMarker is the one grammar of list and heading markers, which the
// segmenter (headings), the values stage (markers are not values) and the
// profile stage (numbered table rows) all read:
//
//	一、 一. 一， 一．          Chinese          ordinal 一 … 九十九
//	（一） (一) （一）、        ChineseBracket
//	1. 1、 1． 1，              Arabic           1 … 99, the year rule below
//	（1） (1) (12)、            ArabicBracket
//	① … ⑳                      Circled
//	第一部分 第二章 第3篇        Part
//
// Numbers are not markers: "3.5万元", "2023.1-2023.12", "92.15%" and
// "2023年本单位…" are text. An Arabic marker followed by digits is one only
// when a year and 年 follow ("1.2023年预算资金…" is item 1), or one stray
// digit and a year after a point ("3.22023年度…" is item 3, the marker
// written "3.2" and flagged Fused).
package cjk
