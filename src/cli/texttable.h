// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace oom::cli {

// A plain-text table for a terminal: the first `rightAligned` columns are numbers and
// right-aligned, the others left-aligned; the last one is not padded (long cgroup paths
// then only wrap, they do not push anything). Widths count QChars, enough for the ASCII
// this CLI's tables hold in their aligned columns.
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
        QList<qsizetype> widths;
        for (const QStringList &row : m_rows) {
            widths.resize(std::max(widths.size(), row.size()));
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], row[i].size());
        }
        QStringList out;
        for (const QStringList &row : m_rows) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i > 0)
                    line += u"  ";
                if (i < m_rightAligned)
                    line += row[i].rightJustified(widths[i]);
                else if (i + 1 < row.size())
                    line += row[i].leftJustified(widths[i]);
                else
                    line += row[i];
            }
            out.append(line);
        }
        return out;
    }

private:
    QList<QStringList> m_rows;
    int m_rightAligned = 0;
};

} // namespace oom::cli
