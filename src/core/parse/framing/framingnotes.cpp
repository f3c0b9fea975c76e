// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/framingnotes.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

void addOnce(QStringList &notes, const QString &code)
{
    if (!notes.contains(code))
        notes.append(code);
}

} // namespace

void noteFraming(QStringList &notes, const LogRecord &record)
{
    if (record.quoted)
        addOnce(notes, u"quoted-in-reply"_s);
    if (record.dateCut)
        addOnce(notes, u"date-cut-by-poster"_s);
    if (record.rejoined)
        addOnce(notes, u"lines-rejoined"_s);
}

} // namespace oom
