package dev.prepstack.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The pages' wording of refused input, from {@code messages.properties}: a field's label
 * ({@code field.NAME}, or {@code field.SCOPE.NAME} where a module names a field differently) and the
 * reason the application gave, as one sentence ("Display name must be 1 to 80 characters."). Forms
 * put it in Spring's {@link BindingResult} beside the field; notices take it as text.
 */
@Component
public class InputMessages {

    private final MessageSource messages;

    InputMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence for a notice at the top of a page. */
    public String of(String scope, InvalidParameterException e) {
        return messages.getMessage(resolvable(scope, e), LocaleContextHolder.getLocale());
    }

    /**
     * Adds the refusal to the form's errors: beside {@code field} when the form has one of that name,
     * else as an error of the whole form.
     */
    public static void reject(BindingResult binding, String scope, String field, InvalidParameterException e) {
        Object[] args = arguments(scope, e);
        if (field != null && binding.getTarget() != null && isField(binding, field)) {
            binding.rejectValue(field, "rejected", args, null);
        } else {
            binding.reject("rejected", args, null);
        }
    }

    /** Adds the refusal beside its parameter's field; several at once each beside its own. */
    public static void reject(BindingResult binding, String scope, InvalidParameterException e) {
        if (e instanceof InvalidParametersException many) {
            many.all().forEach(one -> reject(binding, scope, one.parameter(), one));
        } else {
            reject(binding, scope, e.parameter(), e);
        }
    }

    /**
     * The same errors with the fields' in the order the form shows them (Bean Validation reports them
     * in no fixed order), so the summary reads top to bottom like the form.
     */
    public static BindingResult inFormOrder(BindingResult binding, String... fields) {
        var ordered = new org.springframework.validation.BeanPropertyBindingResult(
                binding.getTarget(), binding.getObjectName());
        binding.getGlobalErrors().forEach(ordered::addError);
        java.util.Set<String> listed = java.util.Set.of(fields);
        for (String field : fields) {
            binding.getFieldErrors(field).forEach(ordered::addError);
        }
        binding.getFieldErrors().stream()
                .filter(e -> !listed.contains(e.getField()))
                .forEach(ordered::addError);
        return ordered;
    }

    /** Puts the form to show again and its errors, in the form's order, into the page's model. */
    public static void show(
            org.springframework.ui.Model model, String name, Object form, BindingResult binding, String... order) {
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, inFormOrder(binding, order));
    }

    private static boolean isField(BindingResult binding, String field) {
        if (binding.getTarget() instanceof java.util.Map<?, ?>) {
            // A form read as a map of its fields: any name is one of its fields.
            return true;
        }
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static MessageSourceResolvable resolvable(String scope, InvalidParameterException e) {
        return new DefaultMessageSourceResolvable(new String[] {"rejected"}, arguments(scope, e));
    }

    private static Object[] arguments(String scope, InvalidParameterException e) {
        String name = e.parameter();
        var label = new DefaultMessageSourceResolvable(
                new String[] {"field." + scope + "." + name, "field." + name}, null, name);
        return new Object[] {label, e.reason()};
    }
}
