// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace oom {

// A "name value" table as a /proc or cgroup file prints it (vmstat, memory.stat,
// memory.events, the counters of a zone). Kept in file order, because every kernel
// release adds names and a view that lists them should show them the way the kernel
// does; the unit of the values is the file's, documented where the table is held.
struct KeyedCounters {
    QList<std::pair<QString, qint64>> entries;

    std::optional<qint64> value(QStringView name) const;
    bool contains(QStringView name) const { return value(name).has_value(); }
    bool isEmpty() const { return entries.isEmpty(); }
    qsizetype size() const { return entries.size(); }
    void append(const QString &name, qint64 value) { entries.append({name, value}); }

    bool operator==(const KeyedCounters &) const = default;
};

} // namespace oom
