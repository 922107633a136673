package dk.medhearing.committee;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grants each managed group exactly what its members need. Committees reach their own tasks only through
 * candidate groups (the engine's default task permissions), never through a task-wide grant; the
 * administration may start hearings, watch them in Cockpit and retry their failed jobs. Only the resource types listed in
 * {@link #MANAGED_RESOURCES} are reconciled, so per-task grants made by the engine are left alone.
 */
@Service
class AuthorizationSync {

    /** Processes the administration may start from Tasklist or REST. */
    public static final List<String> ADMINISTRATION_STARTS = List.of("HearingProcess", "DialogueMeetingProcess");

    /** Our processes, whose failed jobs the administration may retry (incidents in Cockpit). */
    public static final List<String> OUR_PROCESSES =
            List.of("HearingProcess", "CommitteeResponseProcess", "DialogueMeetingProcess");

    private static final Set<Resource> MANAGED_RESOURCES = Set.of(
            Resources.APPLICATION,
            Resources.PROCESS_DEFINITION,
            Resources.PROCESS_INSTANCE,
            Resources.DECISION_DEFINITION,
            Resources.GROUP);

    private final AuthorizationService authorizationService;

    AuthorizationSync(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /** A wanted grant: a group may do {@code permissions} on {@code resource}/{@code resourceId}. */
    public record Grant(Resource resource, String resourceId, List<Permission> permissions) {
        static Grant of(Resource resource, String resourceId, Permission... permissions) {
            return new Grant(resource, resourceId, Arrays.asList(permissions));
        }
    }

    public void apply(Organisation organisation) {
        apply(organisation, List.of());
    }

    /** The organisation's units, and groups outside it whose members only work on their own tasks. */
    public void apply(Organisation organisation, List<ExternalGroup> external) {
        for (Unit unit : organisation.units()) {
            reconcile(unit.id(), grantsFor(unit));
        }
        for (ExternalGroup group : external) {
            reconcile(group.id(), taskWorkerGrants());
        }
    }

    /**
     * Tasklist, reading process definitions (Tasklist draws the diagram and loads forms of the task's process), and
     * reading groups: Tasklist shows whom a task is for by its groups' names ("AMC – referent"), and shows a group's
     * id instead where its user may not read the group. Reading a group shows its name, not its members.
     */
    static List<Grant> taskWorkerGrants() {
        return List.of(
                Grant.of(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
                Grant.of(Resources.PROCESS_DEFINITION, "*", Permissions.READ),
                Grant.of(Resources.GROUP, "*", Permissions.READ));
    }

    static List<Grant> grantsFor(Unit unit) {
        List<Grant> grants = new ArrayList<>(taskWorkerGrants());
        if (unit.type() == UnitType.ADMINISTRATION) {
            grants.add(Grant.of(Resources.APPLICATION, "cockpit", Permissions.ACCESS));
            grants.add(Grant.of(
                    Resources.PROCESS_DEFINITION,
                    "*",
                    Permissions.READ,
                    Permissions.READ_INSTANCE,
                    Permissions.READ_HISTORY));
            grants.add(Grant.of(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE, Permissions.READ));
            for (String key : ADMINISTRATION_STARTS) {
                grants.add(Grant.of(Resources.PROCESS_DEFINITION, key, Permissions.READ, Permissions.CREATE_INSTANCE));
            }
            for (String key : OUR_PROCESSES) {
                grants.add(Grant.of(
                        Resources.PROCESS_DEFINITION,
                        key,
                        Permissions.READ,
                        Permissions.READ_INSTANCE,
                        ProcessDefinitionPermissions.RETRY_JOB));
            }
        }
        return merge(grants);
    }

    /** One grant per resource and id, with the union of permissions. */
    private static List<Grant> merge(List<Grant> grants) {
        Map<String, Grant> merged = new LinkedHashMap<>();
        for (Grant g : grants) {
            merged.merge(g.resource().resourceName() + "/" + g.resourceId(), g, (a, b) -> {
                List<Permission> union = new ArrayList<>(a.permissions());
                b.permissions().stream().filter(p -> !union.contains(p)).forEach(union::add);
                return new Grant(a.resource(), a.resourceId(), union);
            });
        }
        return List.copyOf(merged.values());
    }

    private void reconcile(String groupId, List<Grant> wanted) {
        List<Authorization> existing =
                authorizationService.createAuthorizationQuery().groupIdIn(groupId).list().stream()
                        .filter(a -> MANAGED_RESOURCES.stream().anyMatch(r -> r.resourceType() == a.getResourceType()))
                        .toList();
        List<Authorization> keep = new ArrayList<>();
        for (Grant grant : wanted) {
            Authorization match = existing.stream()
                    .filter(a -> a.getResourceType() == grant.resource().resourceType()
                            && grant.resourceId().equals(a.getResourceId())
                            && a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                            && grant.permissions().stream().allMatch(a::isPermissionGranted))
                    .findFirst()
                    .orElse(null);
            if (match == null) {
                Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                auth.setGroupId(groupId);
                auth.setResource(grant.resource());
                auth.setResourceId(grant.resourceId());
                grant.permissions().forEach(auth::addPermission);
                keep.add(authorizationService.saveAuthorization(auth));
            } else {
                keep.add(match);
            }
        }
        existing.stream()
                .filter(a -> keep.stream().noneMatch(k -> k.getId().equals(a.getId())))
                .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }
}
