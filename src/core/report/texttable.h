// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oom::texttable {

// Terminal cells `text` takes: East Asian wide and fullwidth characters (Unicode UAX #11,
// the CJK of the Japanese and Chinese translations) take two, combining marks none.
qsizetype displayWidth(QStringView text);

enum class Align { Left, Right };

// A plain-text table: each column as wide as its widest cell (in terminal cells, so
// translated headers stay aligned), columns two spaces apart, each line starting with
// `indent`. `align` gives each column's alignment (missing entries: Right). With
// `padLast` false the last column is written as it is: long names or cgroup paths then
// only wrap, they push nothing. Trailing spaces are dropped.
QStringList layout(const QList<QStringList> &rows, const QList<Align> &align, bool padLast,
                   const QString &indent = {});

} // namespace oom::texttable
