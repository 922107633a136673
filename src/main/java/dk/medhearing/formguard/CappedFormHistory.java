package dk.medhearing.formguard;

import dk.medhearing.kit.ProcessValues;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The engine's history keeps every submitted form value as text in a 4,000-character column. A longer text (a
 * response, a summary) is kept whole in our tables, so the history keeps its first 4,000 characters.
 */
class CappedFormHistory extends CacheAwareHistoryEventProducer {

    @Override
    public HistoryEvent createFormPropertyUpdateEvt(
            ExecutionEntity execution, String propertyId, String propertyValue, String taskId) {
        String capped = propertyValue != null && propertyValue.length() > ProcessValues.STRING_VARIABLE_LIMIT
                ? propertyValue.substring(0, ProcessValues.STRING_VARIABLE_LIMIT)
                : propertyValue;
        return super.createFormPropertyUpdateEvt(execution, propertyId, capped, taskId);
    }
}
