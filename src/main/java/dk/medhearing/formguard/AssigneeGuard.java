package dk.medhearing.formguard;

import dk.medhearing.security.EngineCommands;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A task goes only to someone who may do it. Giving a task to a user makes the engine grant that user the task
 * (claim, assignee, owner, delegate, candidate user), so for an authenticated user who is not a Camunda administrator
 * the new user must already be a member of one of the task's candidate groups (its committee and role); candidate
 * groups cannot be added, and no candidate link can be removed. Releasing a task (no user), taking it oneself (the
 * engine's permissions decide that) and the engine's own calls (no authenticated user) pass. Refused before the
 * command runs, so nothing changes.
 */
class AssigneeGuard extends CommandInterceptor {

    static final String REJECTED = "Opgaven blev ikke ændret";
    static final String NOT_A_CANDIDATE = "Opgaven kan kun gives til en, der selv må løse den: et medlem af udvalget"
            + " med den rolle, opgaven er til.";
    static final String NO_NEW_GROUPS = "Hvem opgaven er til, følger af udvalget og rollen og kan ikke ændres her.";

    private static final Field CLAIM_TASK = EngineCommands.field(ClaimTaskCmd.class, "taskId");
    private static final Field CLAIM_USER = EngineCommands.field(ClaimTaskCmd.class, "userId");
    private static final Field DELEGATE_TASK = EngineCommands.field(DelegateTaskCmd.class, "taskId");
    private static final Field DELEGATE_USER = EngineCommands.field(DelegateTaskCmd.class, "userId");
    private static final Field LINK_TASK = EngineCommands.field(AbstractSetTaskPropertyCmd.class, "taskId");
    private static final Field LINK_USER = EngineCommands.field(AbstractAddIdentityLinkCmd.class, "userId");
    private static final Field LINK_GROUP = EngineCommands.field(AbstractAddIdentityLinkCmd.class, "groupId");

    @Override
    public <T> T execute(Command<T> command) {
        if (guarded(command)) {
            CommandContext context = Context.getCommandContext();
            if (context != null
                    && context.getAuthenticatedUserId() != null
                    && !context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication())) {
                check(context, command);
            }
        }
        return next.execute(command);
    }

    /** The commands that give a task to someone or change whom it is for; every other command passes at once. */
    private static boolean guarded(Command<?> command) {
        return command instanceof ClaimTaskCmd
                || command instanceof DelegateTaskCmd
                || command instanceof AbstractAddIdentityLinkCmd
                || command instanceof DeleteIdentityLinkCmd;
    }

    private static void check(CommandContext context, Command<?> command) {
        if (command instanceof ClaimTaskCmd) {
            requireCandidate(
                    context, EngineCommands.value(CLAIM_TASK, command), EngineCommands.value(CLAIM_USER, command));
        } else if (command instanceof DelegateTaskCmd) {
            requireCandidate(
                    context,
                    EngineCommands.value(DELEGATE_TASK, command),
                    EngineCommands.value(DELEGATE_USER, command));
        } else if (command instanceof AbstractAddIdentityLinkCmd) {
            if (EngineCommands.value(LINK_GROUP, command) != null) {
                throw ValidationFailedException.of(REJECTED, "groupId", NO_NEW_GROUPS);
            }
            requireCandidate(
                    context, EngineCommands.value(LINK_TASK, command), EngineCommands.value(LINK_USER, command));
        } else if (command instanceof DeleteIdentityLinkCmd) {
            throw ValidationFailedException.of(REJECTED, "groupId", NO_NEW_GROUPS);
        }
    }

    private static void requireCandidate(CommandContext context, String taskId, String userId) {
        if (taskId == null || userId == null || userId.equals(context.getAuthenticatedUserId())) {
            return; // released, taken by oneself (the engine's permissions decide), or refused by the engine itself
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return; // the engine answers an unknown task
        }
        Set<IdentityLink> candidates = task.getCandidates();
        List<String> groups = candidates.stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .toList();
        boolean candidate = userId.equals(task.getAssignee())
                || candidates.stream().anyMatch(link -> userId.equals(link.getUserId()))
                || context.runWithoutAuthorization(() -> groups.stream()
                        .anyMatch(group -> context.getReadOnlyIdentityProvider()
                                        .createUserQuery()
                                        .userId(userId)
                                        .memberOfGroup(group)
                                        .count()
                                > 0));
        if (!candidate) {
            throw ValidationFailedException.of(REJECTED, "userId", NOT_A_CANDIDATE);
        }
    }
}
