// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/wizards/choicefieldmodel.h"
#include "core/model/snapshot.h"
#include "core/session/incident.h"
#include "remedy/hostfacts.h"
#include "remedy/plan.h"
#include "remedy/planexecutor.h"
#include "remedy/remedycontext.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace oom::wizards {

// One wizard, why -> choose -> preview -> apply -> verify (-> undo), for QML to bind to.
// The app opens it with open(remedyId, incident, prefill). Reading the system and every
// helper call run on the thread pool; the GUI thread only receives results. The preview is
// PlanFormatter's text, the same that `oomlens-cli fix --dry-run` prints.
class WizardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString remedyId READ remedyId NOTIFY openedChanged)
    Q_PROPERTY(QString title READ title NOTIFY openedChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QStringList why READ why NOTIFY planChanged)
    Q_PROPERTY(QStringList reasoning READ reasoning NOTIFY planChanged)
    Q_PROPERTY(QString previewText READ previewText NOTIFY planChanged)
    Q_PROPERTY(QStringList refusals READ refusals NOTIFY planChanged)
    Q_PROPERTY(QString explicitConfirmation READ explicitConfirmation NOTIFY planChanged)
    Q_PROPERTY(bool applicable READ applicable NOTIFY planChanged)
    Q_PROPERTY(bool confirmed READ confirmed WRITE setConfirmed NOTIFY confirmedChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QStringList log READ log NOTIFY logChanged)
    Q_PROPERTY(QStringList verification READ verification NOTIFY logChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY logChanged)
    Q_PROPERTY(oom::wizards::ChoiceFieldModel *fields READ fields CONSTANT)
    // Where the system is read and which bus carries the calls: "/" and the system bus,
    // unless a test points them at a fixture root and a private bus.
    Q_PROPERTY(QString systemRoot READ systemRoot WRITE setSystemRoot NOTIFY openedChanged)
    Q_PROPERTY(QString busAddress READ busAddress WRITE setBusAddress NOTIFY openedChanged)

public:
    enum class Stage { Why, Choose, Preview, Apply, Verify };
    Q_ENUM(Stage)

    explicit WizardController(QObject *parent = nullptr);
    ~WizardController() override;

    // The entry point for the app shell: `incident` holds an oom::IncidentPtr (or nothing:
    // plan from the live system alone); `prefill` overrides recommended choices.
    Q_INVOKABLE void open(const QString &remedyId, const QVariant &incident = {},
                          const QVariantMap &prefill = {});
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    Q_INVOKABLE void undo();

    QString remedyId() const { return m_remedyId; }
    QString title() const;
    Stage stage() const { return m_stage; }
    bool busy() const { return m_busy; }
    QStringList why() const { return m_plan.why; }
    QStringList reasoning() const { return m_plan.reasoning; }
    QString previewText() const { return m_previewText; }
    QStringList refusals() const { return m_plan.refusals; }
    QString explicitConfirmation() const { return m_plan.explicitConfirmation; }
    bool applicable() const { return m_plan.isApplicable(); }
    bool confirmed() const { return m_confirmed; }
    void setConfirmed(bool confirmed);
    QString error() const { return m_error; }
    QStringList log() const { return m_log; }
    QStringList verification() const { return m_verification; }
    bool canUndo() const { return !m_applied.isEmpty(); }
    ChoiceFieldModel *fields() { return &m_fields; }
    QString systemRoot() const { return m_systemRoot; }
    void setSystemRoot(const QString &root);
    QString busAddress() const { return m_busAddress; }
    void setBusAddress(const QString &address);
    // The free space of each mount point the swap wizard may choose (C++ only). Unset,
    // it is statvfs() on the live system and unknown below another root, whose mount table
    // names disks this machine cannot measure; a test gives its fixture's figures here.
    void setFreeSpaceReader(remedy::FreeSpaceReader reader);

Q_SIGNALS:
    void openedChanged();
    void stageChanged();
    void busyChanged();
    void planChanged();
    void confirmedChanged();
    void errorChanged();
    void logChanged();

private:
    struct Loaded;
    void setStage(Stage stage);
    void setBusy(bool busy);
    void setError(const QString &error);
    void replan();
    // Reads the system on the thread pool, then runs `done` on the GUI thread.
    void readSystem(
        std::function<void(std::shared_ptr<const Snapshot>, QList<remedy::MountFacts>)> done);
    void startApply();

    QString m_remedyId;
    remedy::RemedyContext m_context;
    QVariantMap m_prefill;
    std::shared_ptr<const Snapshot> m_snapshot;
    QList<remedy::MountFacts> m_mounts;
    QVariantMap m_choices;
    remedy::Plan m_plan;
    remedy::Plan m_appliedPlan;
    QList<remedy::AppliedStep> m_applied;
    QString m_previewText;
    Stage m_stage = Stage::Why;
    bool m_busy = false;
    bool m_confirmed = false;
    QString m_error;
    QStringList m_log;
    QStringList m_verification;
    ChoiceFieldModel m_fields;
    QString m_systemRoot = QStringLiteral("/");
    QString m_busAddress;
    remedy::FreeSpaceReader m_freeSpace;
    quint64 m_generation = 0; // a result of an older open() is dropped
};

} // namespace oom::wizards
