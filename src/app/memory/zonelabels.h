// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// "Node 0 Normal", or "Normal" from a kernel without CONFIG_NUMA (which prints no node).
// Zone names stay as the kernel prints them, in every language.
inline QString zoneLabel(std::optional<int> node, const QString &zone)
{
    if (!node)
        return zone;
    //: a NUMA node and one of its zones, e.g. "Node 0 Normal"; the zone name stays as is
    return QCoreApplication::translate("ZoneLabel", "Node %1 %2").arg(*node).arg(zone);
}
