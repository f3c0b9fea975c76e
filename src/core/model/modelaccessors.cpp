// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/model/memcgstate.h"
#include "core/model/meminfo.h"
#include "core/model/zone.h"

namespace oom {

namespace {
template<typename Pairs>
std::optional<qint64> lookup(const Pairs &pairs, const QString &key)
{
    for (const auto &[name, value] : pairs) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}
} // namespace

std::optional<qint64> MemcgStatBlock::valueKb(const QString &key) const
{
    const auto value = lookup(values, key);
    if (!value)
        return std::nullopt;
    return valuesInBytes ? *value / 1024 : *value;
}

std::optional<qint64> ZoneState::fieldKb(const QString &key) const
{
    return lookup(fieldsKb, key);
}

std::optional<qint64> MemInfoState::counter(const QString &key) const
{
    return lookup(countersPages, key);
}

} // namespace oom
