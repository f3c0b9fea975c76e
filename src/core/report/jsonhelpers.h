// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Internal to the JSON report: the null rules in one place.

#include "core/model/linespan.h"
#include "core/model/units.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <type_traits>
#include <utility>

namespace oom::json {

// An empty optional is unknown: null, never 0.
template<typename T>
QJsonValue opt(const std::optional<T> &value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    if constexpr (std::is_same_v<T, bool>)
        return QJsonValue(*value);
    else if constexpr (std::is_floating_point_v<T>)
        return QJsonValue(double(*value));
    else
        return QJsonValue(qint64(*value));
}

// A memory quantity as its plain number (the unit is in the key: "_kb", "_pages", "_bytes").
template<typename Tag>
QJsonValue opt(const std::optional<Quantity<Tag>> &value)
{
    return value ? QJsonValue(value->value) : QJsonValue(QJsonValue::Null);
}

// An empty string is a value the log did not show: null.
inline QJsonValue str(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// Line numbers are 1-based; 0 means "no line".
inline QJsonValue lineNumber(qint64 line)
{
    return line > 0 ? QJsonValue(line) : QJsonValue(QJsonValue::Null);
}

// A record's evidence: "line" (first physical line) and "last_line" (last one; equal to
// "line" for a single-line record), both null when the value has no line.
inline void putSpan(QJsonObject &object, const LineSpan &span, const QString &prefix = {})
{
    using namespace Qt::StringLiterals;
    const bool valid = span.isValid();
    const QString first = prefix.isEmpty() ? u"line"_s : prefix + u"_line"_s;
    const QString last = prefix.isEmpty() ? u"last_line"_s : prefix + u"_last_line"_s;
    object.insert(first, valid ? QJsonValue(span.first) : QJsonValue(QJsonValue::Null));
    object.insert(last, valid ? QJsonValue(span.last) : QJsonValue(QJsonValue::Null));
}

inline QJsonArray strings(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

// Key/value pairs as printed; a key printed twice keeps its first value.
inline QJsonObject pairs(const QList<std::pair<QString, qint64>> &list)
{
    QJsonObject object;
    for (const auto &[key, value] : list) {
        if (!object.contains(key))
            object.insert(key, value);
    }
    return object;
}

} // namespace oom::json
