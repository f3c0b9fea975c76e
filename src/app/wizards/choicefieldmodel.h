// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/wizards/wizardfields.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace oom::wizards {

// The "choose" step's fields of one wizard, each with its current text. The controller
// fills it from the recommended choices; QML edits a row through setData (role "value").
class ChoiceFieldModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by WizardController")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        HintRole,
        KindRole,
        OptionsRole,
        OptionLabelsRole, // what a choice's options say on screen, in the same order
        ValueRole
    };
    Q_ENUM(Role)

    explicit ChoiceFieldModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const QList<FieldSpec> &fields, const QVariantMap &values);
    // The fields as planner choices; false with *error naming the field that does not parse.
    bool choices(QVariantMap *out, QString *error) const;
    Q_INVOKABLE bool setValue(int row, const QString &text);

Q_SIGNALS:
    void edited();

private:
    QList<FieldSpec> m_fields;
    QStringList m_values;
};

} // namespace oom::wizards
