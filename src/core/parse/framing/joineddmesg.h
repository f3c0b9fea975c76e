// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArrayView>

#include <vector>

namespace oom::framing {

struct JoinedRecord {
    QByteArrayView text;
    double uptime = 0;
};

// dmesg output whose newlines were lost when it was pasted (corpus 031: a whole memcg report
// on one line, "…cd78bd53[193038.106478] memory: usage …"; admins' notes: "= 4476kB
// [7934037.762116] Node 0 DMA32: …"). A following record is recognised by a timestamp of
// exactly the same shape as the line's own (same number of fraction digits) that does not
// go back in time; anything else in brackets ("[ pid ]", "[<ffffffff816a5ea1>]", "[ttm]")
// is text. A record cut inside its timestamp at the very end ("…sacrifice child[193038.1")
// is dropped.
// `message` is the text after the line's own timestamp, `uptime` and `fractionDigits`
// describe that timestamp. Returns false (records untouched) when nothing was joined;
// otherwise `records` holds every record of the line, the first one included.
bool splitJoinedDmesg(QByteArrayView message, double uptime, int fractionDigits,
                      std::vector<JoinedRecord> &records);

} // namespace oom::framing
