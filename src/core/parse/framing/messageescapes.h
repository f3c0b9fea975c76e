// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArrayView>

#include <string>
#include <vector>

namespace oom::framing {

// Escapes that carriers put into a message that had control characters. A newline inside
// one printk is real: from 5.3 to 6.4 the memcg memory.stat dump is one printk with
// embedded newlines, and systemd-oomd logs its candidate list as one multi-line entry.
// Decoding yields the message bytes in `out` and, in `breaks`, the offsets in `out` where
// each further line starts (the newline itself is dropped).

// rsyslog with $EscapeControlCharactersOnReceive (the default) writes control characters as
// "#" and three octal digits: "#012" newline, "#011" tab; those two (and "#015") decode.
// Returns false (and leaves out alone) when the message has no such escape.
bool decodeRsyslogEscapes(QByteArrayView message, std::string &out, std::vector<qsizetype> &breaks);

// /dev/kmsg (printk's msg_print_ext_body): "\xNN" for control characters, bytes >= 0x7f
// and the backslash itself, so "\x0a" is a newline.
// Returns false (and leaves out alone) when the message has no escape.
bool decodeKmsgEscapes(QByteArrayView message, std::string &out, std::vector<qsizetype> &breaks);

} // namespace oom::framing
