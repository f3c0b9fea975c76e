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

std::optional<KiB> MemcgStatBlock::valueKb(const QString &key) const
{
    const auto value = lookup(values, key);
    if (!value)
        return std::nullopt;
    return valuesInBytes ? bytesToKiB(Bytes(*value)) : KiB(*value);
}

std::optional<KiB> ZoneState::fieldKb(const QString &key) const
{
    return quantity<KiB>(lookup(fieldsKb, key));
}

std::optional<Pages> MemInfoState::counter(const QString &key) const
{
    return quantity<Pages>(lookup(countersPages, key));
}

} // namespace oom
