// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "remedy/unitproperty.h"

#include "remedy/validators.h"

#include <QDBusMetaType>

#include <limits>

using namespace Qt::StringLiterals;

namespace oom::remedy {

std::optional<UnitProperty> UnitProperty::make(const QString &name, const QString &value)
{
    if (Validators::checkUnitProperty(name, value))
        return std::nullopt;
    UnitProperty property{name, QDBusVariant()};
    if (name.startsWith(u"Memory")) {
        const quint64 bytes = value == u"infinity" ? std::numeric_limits<quint64>::max()
                                                   : quint64(value.toLongLong());
        property.value = QDBusVariant(QVariant::fromValue(bytes));
    } else if (name == u"AllowedMemoryNodes") {
        property.value = QDBusVariant(
            Validators::nodeMask(Validators::parseNodeList(value).value_or(QList<int>())));
    } else {
        property.value = QDBusVariant(value);
    }
    return property;
}

void registerUnitPropertyTypes()
{
    static const bool registered = [] {
        qDBusRegisterMetaType<UnitProperty>();
        qDBusRegisterMetaType<QList<UnitProperty>>();
        return true;
    }();
    Q_UNUSED(registered)
}

QDBusArgument &operator<<(QDBusArgument &argument, const UnitProperty &property)
{
    argument.beginStructure();
    argument << property.name << property.value;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, UnitProperty &property)
{
    argument.beginStructure();
    argument >> property.name >> property.value;
    argument.endStructure();
    return argument;
}

} // namespace oom::remedy
