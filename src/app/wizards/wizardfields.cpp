// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/wizards/wizardfields.h"

#include "core/analysis/causeids.h"
#include "remedy/wizardplans.h"

using namespace Qt::StringLiterals;

namespace oom::wizards {

QList<FieldSpec> WizardFields::fieldsOf(const QString &wizard)
{
    using K = FieldKind;
    const QString persistentLabel = tr("Keep after a reboot");
    if (wizard == remedyid::Swap)
        return {{u"mountPoint"_s,
                 tr("Filesystem for the swap file"),
                 tr("a mount point, e.g. /"),
                 K::Text,
                 {}},
                {u"sizeBytes"_s, tr("Size"), tr("e.g. 4G or 512M"), K::Size, {}},
                {u"priority"_s, tr("Priority"), tr("-1 lets the kernel choose"), K::Integer, {}},
                {u"persistent"_s, tr("Add to /etc/fstab"), QString(), K::Boolean, {}},
                {u"swappiness"_s, tr("vm.swappiness"), tr("empty: unchanged"), K::Integer, {}}};
    if (wizard == remedyid::Limits)
        return {
            {u"cgroup"_s, tr("Cgroup"), QString(), K::Text, {}},
            {u"unit"_s, tr("systemd unit"), tr("empty: write the cgroup file"), K::Text, {}},
            {u"kind"_s, tr("Limit"), QString(), K::Choice, {u"max"_s, u"high"_s, u"swap-max"_s}},
            {u"bytes"_s, tr("New limit"), tr("e.g. 2G; max for none"), K::Size, {}},
            {u"persistent"_s, persistentLabel, QString(), K::Boolean, {}},
            {u"confirmBelowUsage"_s,
             tr("I accept a maximum below the current usage"),
             QString(),
             K::Boolean,
             {}}};
    if (wizard == remedyid::Cpuset)
        return {{u"cgroup"_s, tr("Cgroup"), QString(), K::Text, {}},
                {u"unit"_s, tr("systemd unit"), tr("empty: write the cgroup file"), K::Text, {}},
                {u"nodes"_s, tr("NUMA nodes"), tr("e.g. 0-1"), K::Text, {}},
                {u"persistent"_s, persistentLabel, QString(), K::Boolean, {}}};
    if (wizard == remedyid::Compaction)
        return {
            {u"node"_s, tr("NUMA node"), tr("-1: every node"), K::Integer, {}},
            {u"tunings"_s, tr("Also set"), tr("e.g. vm.compaction_proactiveness=40"), K::Pairs, {}},
            {u"persistent"_s, persistentLabel, QString(), K::Boolean, {}}};
    if (wizard == remedyid::OomPriority)
        return {{u"pid"_s, tr("Process id"), tr("0: a service instead"), K::Integer, {}},
                {u"unit"_s, tr("Service"), QString(), K::Text, {}},
                {u"oomScoreAdj"_s, tr("oom_score_adj"), tr("-1000 to 1000"), K::Integer, {}},
                {u"oomPolicy"_s,
                 tr("OOMPolicy"),
                 QString(),
                 K::Choice,
                 {QString(), u"continue"_s, u"stop"_s, u"kill"_s}}};
    if (wizard == remedyid::SystemdPolicy)
        return {{u"sysctls"_s, tr("Kernel settings"), tr("e.g. vm.panic_on_oom=0"), K::Pairs, {}},
                {u"persistent"_s, persistentLabel, QString(), K::Boolean, {}},
                {u"unit"_s, tr("systemd unit"), QString(), K::Text, {}},
                {u"managedOomMemoryPressure"_s,
                 tr("ManagedOOMMemoryPressure"),
                 QString(),
                 K::Choice,
                 {QString(), u"auto"_s, u"kill"_s}},
                {u"managedOomSwap"_s,
                 tr("ManagedOOMSwap"),
                 QString(),
                 K::Choice,
                 {QString(), u"auto"_s, u"kill"_s}}};
    return {};
}

QStringList WizardFields::optionLabels(const FieldSpec &field)
{
    QStringList labels = field.options;
    for (QString &label : labels)
        if (label.isEmpty())
            //: A drop-down choice that leaves a systemd setting as it is now.
            label = tr("unchanged");
    return labels;
}

QString WizardFields::toText(const FieldSpec &field, const QVariant &value)
{
    if (!value.isValid())
        return QString();
    switch (field.kind) {
    case FieldKind::Boolean: return value.toBool() ? u"true"_s : u"false"_s;
    case FieldKind::Size: {
        const qint64 bytes = value.toLongLong();
        if (bytes == 0)
            return u"max"_s;
        for (const auto &[unit, factor] :
             {std::pair{u"T"_s, qint64(1) << 40}, std::pair{u"G"_s, qint64(1) << 30},
              std::pair{u"M"_s, qint64(1) << 20}})
            if (bytes % factor == 0)
                return QString::number(bytes / factor) + unit;
        return QString::number(bytes);
    }
    case FieldKind::Pairs: {
        QStringList parts;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts.append(it.key() + u'=' + it.value().toString());
        return parts.join(u", "_s);
    }
    default: return value.toString();
    }
}

std::optional<QVariant> WizardFields::fromText(const FieldSpec &field, const QString &text,
                                               QString *error)
{
    const QString trimmed = text.trimmed();
    switch (field.kind) {
    case FieldKind::Boolean: return QVariant(trimmed == u"true");
    case FieldKind::Integer: {
        if (trimmed.isEmpty())
            return QVariant();
        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        if (!ok) {
            *error = tr("%1: %2 is not a whole number").arg(field.label, trimmed);
            return std::nullopt;
        }
        return QVariant(number);
    }
    case FieldKind::Size: {
        if (trimmed == u"max" || trimmed == u"infinity")
            return QVariant(qint64(0));
        const std::optional<qint64> bytes = remedy::parseSizeText(trimmed);
        if (!bytes) {
            *error = tr("%1: %2 is not a size such as 4G or 512M").arg(field.label, trimmed);
            return std::nullopt;
        }
        return QVariant(*bytes);
    }
    case FieldKind::Pairs: {
        QVariantMap map;
        for (const QString &part : trimmed.split(u',', Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(u'=');
            if (eq <= 0) {
                *error = tr("%1: %2 is not KEY=VALUE").arg(field.label, part.trimmed());
                return std::nullopt;
            }
            map.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
        }
        return QVariant(map);
    }
    default: return QVariant(trimmed);
    }
}

} // namespace oom::wizards
