// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace oom::wizards {

// What the "choose" step asks for one wizard: typed fields over the planner's choice keys
// (remedy/wizardplans.h). Values travel as text so one QML delegate per kind suffices.
enum class FieldKind { Text, Integer, Size, Boolean, Choice, Pairs };

struct FieldSpec {
    QString key;
    QString label;
    QString hint;
    FieldKind kind = FieldKind::Text;
    QStringList options; // Choice
};

class WizardFields
{
    Q_DECLARE_TR_FUNCTIONS(WizardFields)

public:
    static QList<FieldSpec> fieldsOf(const QString &wizard);
    // A choice value as the field shows it ("4 GiB" sizes as "4G", maps as "k=v, k=v").
    static QString toText(const FieldSpec &field, const QVariant &value);
    // A choice's options as the drop-down shows them: the empty one ("leave it as it is")
    // in words, the others as the setting spells them.
    static QStringList optionLabels(const FieldSpec &field);
    // The text back into a choice value; nullopt (with *error) when it does not parse; an
    // invalid QVariant for "unchanged" (an empty optional field).
    static std::optional<QVariant> fromText(const FieldSpec &field, const QString &text,
                                            QString *error);
};

} // namespace oom::wizards
