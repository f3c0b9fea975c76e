// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QDBusArgument>
#include <QDBusVariant>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace oom::remedy {

// One (sv) element of SetUnitProperties' a(sv), typed as systemd expects it
// (src/core/dbus-cgroup.c): Memory* as uint64 bytes (infinity = UINT64_MAX),
// AllowedMemoryNodes as the byte-array bitmask, ManagedOOM* as strings.
struct UnitProperty {
    QString name;
    QDBusVariant value;

    static std::optional<UnitProperty> make(const QString &name, const QString &value);
};

void registerUnitPropertyTypes();

QDBusArgument &operator<<(QDBusArgument &argument, const UnitProperty &property);
const QDBusArgument &operator>>(const QDBusArgument &argument, UnitProperty &property);

} // namespace oom::remedy

Q_DECLARE_METATYPE(oom::remedy::UnitProperty)
