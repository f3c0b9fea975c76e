// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/wizards/choicefieldmodel.h"

using namespace Qt::StringLiterals;

namespace oom::wizards {

namespace {

QString kindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Integer: return u"integer"_s;
    case FieldKind::Size: return u"size"_s;
    case FieldKind::Boolean: return u"boolean"_s;
    case FieldKind::Choice: return u"choice"_s;
    case FieldKind::Pairs: return u"pairs"_s;
    case FieldKind::Text: break;
    }
    return u"text"_s;
}

} // namespace

ChoiceFieldModel::ChoiceFieldModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ChoiceFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant ChoiceFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldSpec &field = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: return field.label;
    case KeyRole: return field.key;
    case HintRole: return field.hint;
    case KindRole: return kindName(field.kind);
    case OptionsRole: return field.options;
    case OptionLabelsRole: return WizardFields::optionLabels(field);
    case ValueRole: return m_values.at(index.row());
    default: return {};
    }
}

bool ChoiceFieldModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ValueRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (m_values[index.row()] == value.toString())
        return true;
    m_values[index.row()] = value.toString();
    Q_EMIT dataChanged(index, index, {ValueRole});
    Q_EMIT edited();
    return true;
}

bool ChoiceFieldModel::setValue(int row, const QString &text)
{
    return setData(index(row, 0), text, ValueRole);
}

Qt::ItemFlags ChoiceFieldModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index)
        | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QHash<int, QByteArray> ChoiceFieldModel::roleNames() const
{
    return {{KeyRole, "key"},    {LabelRole, "label"},     {HintRole, "hint"},
            {KindRole, "kind"},  {OptionsRole, "options"}, {OptionLabelsRole, "optionLabels"},
            {ValueRole, "value"}};
}

void ChoiceFieldModel::reset(const QList<FieldSpec> &fields, const QVariantMap &values)
{
    beginResetModel();
    m_fields = fields;
    m_values.clear();
    for (const FieldSpec &field : fields)
        m_values.append(WizardFields::toText(field, values.value(field.key)));
    endResetModel();
}

bool ChoiceFieldModel::choices(QVariantMap *out, QString *error) const
{
    for (qsizetype row = 0; row < m_fields.size(); ++row) {
        const std::optional<QVariant> value =
            WizardFields::fromText(m_fields.at(row), m_values.at(row), error);
        if (!value)
            return false;
        if (value->isValid())
            out->insert(m_fields.at(row).key, *value);
        else
            out->remove(m_fields.at(row).key);
    }
    return true;
}

} // namespace oom::wizards
