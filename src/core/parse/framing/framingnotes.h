// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/logrecord.h"

#include <QStringList>

namespace oom {

// What the way a record travelled says about the event it joins, as note codes: it was
// quoted in a mail reply ("quoted-in-reply"), its date was cut off by the poster
// ("date-cut-by-poster"), it was re-joined from lines a mail client or a terminal wrapped
// ("lines-rejoined"). Each code once per event.
void noteFraming(QStringList &notes, const LogRecord &record);

} // namespace oom
