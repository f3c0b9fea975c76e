// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArrayView>

#include <string>

namespace oom::framing {

// Undoing what the way a log travelled did to it: mail and markdown quoting, quoted-
// printable mail bodies, markdown escapes, terminal colour codes. Each decoder writes into
// a caller-owned buffer that is reused line after line.

// Quote marks at the start of a line: "> " (mail, markdown blockquote, Obsidian callout),
// ">" without a space (journalctl -f pasted into a blockquote), nested "> > " and ">>",
// "| " (some mail clients and forum quoting). Leading blanks before a mark go with it;
// exactly one blank after each mark is part of the mark, the rest is the line's own
// indentation. Returns the position after the marks (0 if there are none).
qsizetype skipQuoteMarks(QByteArrayView line, bool &quoted);

// Quoted-printable (RFC 2045) bodies of linux-mm/LKML mails in lore archives: "=3D" for '='
// and UTF-8 escapes such as "=E2=80=A6" give them away.
bool hasQuotedPrintableMarker(QByteArrayView line);
// True when every '=' of the line (trailing blanks aside) starts an "=XX" escape or is the
// last byte (a soft break), as an encoder writes it. A plain log line ("uid=0") is not, so
// one stray "=3D" in a plain log does not turn decoding on, and plain text after a
// quoted-printable part turns it off.
bool isQuotedPrintableLine(QByteArrayView line);
// Decodes "=XX" (upper-case hex, as encoders write it); anything else is kept.
// Returns false (and leaves out alone) when there is nothing to decode.
bool decodeQuotedPrintable(QByteArrayView in, std::string &out);

// Markdown escapes that note-taking tools put into pasted logs: "\<TASK\>" (Obsidian),
// "\_", "\*", "\[", "\]", "\#", "\|", "\`". "\\" and "\"" are left alone because Go and
// JSON messages (dockerd, containerd) really contain them.
// Returns false (and leaves out alone) when there is nothing to unescape.
bool unescapeMarkdown(QByteArrayView in, std::string &out);

// NUL bytes become U+FFFD (a NUL in a QString ends the text for many consumers) and ANSI
// escape sequences go (`dmesg --color=always` and `script` captures colour the prefix).
// Returns false (and leaves out alone) when the line has neither.
bool sanitizeControlBytes(QByteArrayView in, std::string &out);

} // namespace oom::framing
