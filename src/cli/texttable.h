// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/report/texttable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace oom::cli {

// A plain-text table for a terminal: the first `rightAligned` columns are numbers and
// right-aligned, the others left-aligned; the last one is not padded (long cgroup paths
// then only wrap, they do not push anything). Widths are terminal cells, so translated
// (CJK) headers line up.
class TextTable
{
public:
    TextTable(QStringList header, int rightAligned)
        : m_rightAligned(rightAligned)
    {
        m_rows.append(std::move(header));
    }

    void addRow(QStringList row) { m_rows.append(std::move(row)); }

    QStringList lines() const
    {
        QList<texttable::Align> align;
        for (const QStringList &row : m_rows) {
            while (align.size() < row.size())
                align.append(align.size() < m_rightAligned ? texttable::Align::Right
                                                           : texttable::Align::Left);
        }
        return texttable::layout(m_rows, align, false);
    }

private:
    QList<QStringList> m_rows;
    int m_rightAligned = 0;
};

} // namespace oom::cli
