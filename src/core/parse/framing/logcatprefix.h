// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/syslogprefix.h"

namespace oom::framing {

// Android's logcat in its default format (-v threadtime, what a bugreport holds):
// "05-21 10:11:12.345   612   612 I lowmemorykiller: Kill 'com.example' (12345), …":
// month-day, local time with milliseconds, pid, tid, one priority letter (V D I W E F A),
// the tag and ": ". No year and no zone, like RFC 3164. The tag is the ident, the pid its
// pid. False for anything else.
bool parseLogcatThreadtime(QByteArrayView s, qsizetype pos, SyslogHeader &out);

} // namespace oom::framing
