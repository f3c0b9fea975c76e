// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/wizards/wizardcontroller.h"

#include "remedy/helperclient.h"
#include "remedy/planformatter.h"
#include "remedy/planners.h"
#include "remedy/wizardplans.h"
#include "sources/system/systemtree.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace oom::remedy;

Q_DECLARE_METATYPE(oom::IncidentPtr)

namespace oom::wizards {

namespace {

QDBusConnection busFor(const QString &address)
{
    if (address.isEmpty())
        return QDBusConnection::systemBus();
    return QDBusConnection::connectToBus(address, u"oomlens-wizard-bus"_s);
}

} // namespace

WizardController::WizardController(QObject *parent)
    : QObject(parent)
{
    connect(&m_fields, &ChoiceFieldModel::edited, this, [this] {
        setError(QString());
    });
}

WizardController::~WizardController() = default;

QString WizardController::title() const
{
    return Planners::wizardTitle(m_remedyId);
}

void WizardController::setSystemRoot(const QString &root)
{
    if (root == m_systemRoot)
        return;
    m_systemRoot = root;
    Q_EMIT openedChanged();
}

void WizardController::setBusAddress(const QString &address)
{
    if (address == m_busAddress)
        return;
    m_busAddress = address;
    Q_EMIT openedChanged();
}

void WizardController::setFreeSpaceReader(FreeSpaceReader reader)
{
    m_freeSpace = std::move(reader);
}

void WizardController::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void WizardController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void WizardController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void WizardController::setConfirmed(bool confirmed)
{
    if (confirmed == m_confirmed)
        return;
    m_confirmed = confirmed;
    Q_EMIT confirmedChanged();
}

void WizardController::readSystem(
    std::function<void(std::shared_ptr<const Snapshot>, QList<MountFacts>)> done)
{
    setBusy(true);
    const quint64 generation = m_generation;
    const QString root = m_systemRoot;
    const FreeSpaceReader freeSpace = m_freeSpace;
    QPointer<WizardController> self(this);
    QThreadPool::globalInstance()->start(
        [self, generation, root, freeSpace, done = std::move(done)] {
            SnapshotOptions options;
            options.pageTypeInfo = false;
            options.cgroupStat = false;
            auto snapshot = std::make_shared<const Snapshot>(SystemTree(Root(root)).read(options));
            QList<MountFacts> mounts = readMounts(root, freeSpace);
            QMetaObject::invokeMethod(
                qApp,
                [self, generation, snapshot, mounts, done] {
                    if (!self || self->m_generation != generation)
                        return;
                    self->setBusy(false);
                    done(snapshot, mounts);
                },
                Qt::QueuedConnection);
        });
}

void WizardController::open(const QString &remedyId, const QVariant &incident,
                            const QVariantMap &prefill)
{
    ++m_generation;
    m_remedyId = remedyId;
    m_context = RemedyContext();
    if (incident.canConvert<IncidentPtr>())
        if (const IncidentPtr pointer = incident.value<IncidentPtr>())
            m_context = RemedyContextReader::fromIncident(*pointer);
    m_prefill = prefill;
    m_plan = Plan();
    m_plan.why = Planners::whyFor(m_context, remedyId);
    m_previewText.clear();
    m_applied.clear();
    m_log.clear();
    m_verification.clear();
    setConfirmed(false);
    setError(QString());
    setStage(Stage::Why);
    Q_EMIT openedChanged();
    Q_EMIT planChanged();
    Q_EMIT logChanged();
    readSystem([this](std::shared_ptr<const Snapshot> snapshot, QList<MountFacts> mounts) {
        m_snapshot = std::move(snapshot);
        m_mounts = std::move(mounts);
        // A cgroup or unit named by the caller (no incident: a what-if, a page's button) is
        // what the recommendation is computed for; without it a limit would be proposed
        // for no cgroup at all.
        RemedyContext target = m_context;
        if (target.oomCgroup.isEmpty())
            target.oomCgroup = m_prefill.value(QStringLiteral("cgroup")).toString();
        if (target.unit.isEmpty())
            target.unit = m_prefill.value(QStringLiteral("unit")).toString();
        QVariantMap values = recommendedChoices(m_remedyId, target, *m_snapshot, m_mounts);
        for (auto it = m_prefill.cbegin(); it != m_prefill.cend(); ++it)
            values.insert(it.key(), it.value());
        m_fields.reset(WizardFields::fieldsOf(m_remedyId), values);
        m_choices = values;
        replan();
    });
}

void WizardController::replan()
{
    if (!m_snapshot)
        return;
    m_plan = planWizard(m_remedyId, m_context, *m_snapshot, m_mounts, m_choices);
    m_previewText = PlanFormatter::format(m_plan);
    Q_EMIT planChanged();
}

void WizardController::next()
{
    if (m_busy)
        return;
    switch (m_stage) {
    case Stage::Why: setStage(Stage::Choose); return;
    case Stage::Choose: {
        QVariantMap choices = m_choices;
        QString error;
        if (!m_fields.choices(&choices, &error)) {
            setError(error);
            return;
        }
        m_choices = choices;
        setConfirmed(false);
        replan();
        setStage(Stage::Preview);
        return;
    }
    case Stage::Preview:
        // No change without a preview the admin confirmed, explicitly when it acts at once.
        if (!m_plan.isApplicable() || !m_confirmed) {
            setError(tr("Confirm the plan first."));
            return;
        }
        setStage(Stage::Apply);
        startApply();
        return;
    case Stage::Apply:
    case Stage::Verify: return;
    }
}

void WizardController::back()
{
    if (m_busy)
        return;
    if (m_stage == Stage::Choose)
        setStage(Stage::Why);
    else if (m_stage == Stage::Preview)
        setStage(Stage::Choose);
}

void WizardController::startApply()
{
    setBusy(true);
    const Plan plan = m_plan;
    const QString address = m_busAddress;
    const quint64 generation = m_generation;
    QPointer<WizardController> self(this);
    QThreadPool::globalInstance()->start([self, plan, address, generation] {
        const QDBusConnection bus = busFor(address);
        const HelperClient helper(bus);
        const SystemdClient systemd(bus);
        const ApplyResult result = PlanExecutor(helper, systemd).apply(plan);
        QMetaObject::invokeMethod(
            qApp,
            [self, plan, result, generation] {
                if (!self || self->m_generation != generation)
                    return;
                self->setBusy(false);
                self->m_log = result.log;
                self->m_appliedPlan = plan;
                self->m_applied = result.applied;
                if (!result.ok)
                    self->setError(result.rolledBack
                                       ? tr("The change failed; the steps before it were undone.")
                                       : tr("The change failed; nothing was changed."));
                Q_EMIT self->logChanged();
                self->setStage(Stage::Verify);
                // Verify: read the system again and plan the same choices; what was applied
                // is now in place.
                self->readSystem(
                    [self](std::shared_ptr<const Snapshot> snapshot, QList<MountFacts> mounts) {
                        const Plan after = planWizard(self->m_remedyId, self->m_context, *snapshot,
                                                      mounts, self->m_choices);
                        self->m_verification.clear();
                        for (const QString &line : after.inPlace)
                            self->m_verification.append(tr("Verified: %1").arg(line));
                        for (const PlanStep &step : after.steps)
                            if (step.reversible)
                                self->m_verification.append(
                                    tr("Not yet in effect: %1").arg(step.title));
                        Q_EMIT self->logChanged();
                    });
            },
            Qt::QueuedConnection);
    });
}

void WizardController::undo()
{
    if (m_busy || m_applied.isEmpty())
        return;
    setBusy(true);
    const Plan plan = m_appliedPlan;
    const QList<AppliedStep> applied = m_applied;
    const QString address = m_busAddress;
    QPointer<WizardController> self(this);
    QThreadPool::globalInstance()->start([self, plan, applied, address] {
        const QDBusConnection bus = busFor(address);
        const HelperClient helper(bus);
        const SystemdClient systemd(bus);
        const PlanExecutor executor(helper, systemd);
        QStringList log;
        for (qsizetype i = applied.size() - 1; i >= 0; --i) {
            const PlanStep &step = plan.steps.at(applied.at(i).index);
            const CallResult result = executor.undo(step, applied.at(i).result);
            log.append(result.ok ? tr("Undone: %1").arg(step.title)
                                 : tr("Could not undo %1: %2").arg(step.title, result.error));
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, log] {
                if (!self)
                    return;
                self->setBusy(false);
                self->m_log.append(log);
                self->m_applied.clear();
                Q_EMIT self->logChanged();
            },
            Qt::QueuedConnection);
    });
}

} // namespace oom::wizards
